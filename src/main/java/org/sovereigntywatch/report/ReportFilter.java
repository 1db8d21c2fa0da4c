package org.sovereigntywatch.report;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FilterWords;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.editorial.CommonFilter;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.timeline.EventFilter;
import org.sovereigntywatch.timeline.MeasureFilter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * What every report is filtered by, each part optional (an empty set means any): jurisdictions (either side of a
 * concern), platforms, a date range (see {@link Report#description()} for what it applies to), publication states,
 * and the moment the record is read as of (null for now: see {@link CommonFilter#asOf()}).
 */
public record ReportFilter(Set<String> jurisdictionCodes, Set<Long> platformIds, @Nullable LocalDate from,
                           @Nullable LocalDate to, Set<PublicationState> states, @Nullable Instant asOf) {

    public static final ReportFilter ALL = new ReportFilter(Set.of(), Set.of(), null, null, Set.of());

    public ReportFilter {
        jurisdictionCodes = Set.copyOf(jurisdictionCodes);
        platformIds = Set.copyOf(platformIds);
        states = Set.copyOf(states);
    }

    /** The filter of the record now. */
    public ReportFilter(Set<String> jurisdictionCodes, Set<Long> platformIds, @Nullable LocalDate from,
                        @Nullable LocalDate to, Set<PublicationState> states) {
        this(jurisdictionCodes, platformIds, from, to, states, null);
    }

    /** The same filter, of the record as it stood at {@code moment}; now for null. */
    public ReportFilter asOf(@Nullable Instant moment) {
        return new ReportFilter(jurisdictionCodes, platformIds, from, to, states, moment);
    }

    /** The filter in words, for the security log's note of a download; platforms by name. */
    String inWords(Collection<String> platformNames) {
        return new FilterWords().each("jurisdiction", jurisdictionCodes).each("platform", platformNames)
                .range("dates", from, to).each("state", states)
                .text("as of", asOf == null ? "" : asOf.toString()).toString();
    }

    ConcernFilter concerns() {
        return ConcernFilter.ALL.withCommon(common()).changedBetween(from, to);
    }

    /** For the summaries' open concerns, which count as they stand at the filter's moment whatever the dates. */
    ConcernFilter openConcernsNow() {
        return ConcernFilter.ALL.withCommon(common());
    }

    EventFilter events() {
        return EventFilter.ALL.withCommon(common()).between(from, to);
    }

    MeasureFilter measures() {
        return MeasureFilter.ALL.withCommon(common());
    }

    /** What every register's filter shares: a report has no words to look for. */
    private CommonFilter common() {
        return new CommonFilter("", jurisdictionCodes, platformIds, states, asOf);
    }
}
