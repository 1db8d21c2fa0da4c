package org.sovereigntywatch.concern;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FilterWords;
import org.sovereigntywatch.editorial.CommonFilter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * What the concern register, its CSV and the reports are filtered by; every part is optional, an empty set meaning
 * "any". Words are looked for in the title, description and platform claim; a jurisdiction matches either side of a
 * concern: whose users' data is at stake, or whose law could reach it. Start from {@link #ALL} and narrow it with the
 * {@code with…} methods (those of the {@linkplain CommonFilter common parts} included).
 *
 * @param overdueOnly only concerns overdue for review ({@link ConcernRules})
 * @param openOnly    only open concerns ({@link ConcernRules})
 * @param changedFrom only concerns last changed on or after this day
 * @param changedTo   only concerns last changed on or before this day
 * @param changedSince only concerns last changed at or after this instant: what a sync asks for since its last run
 */
public record ConcernFilter(CommonFilter common, @Nullable ConcernCategory category, @Nullable RiskLevel level,
                            boolean overdueOnly, boolean openOnly, @Nullable LocalDate changedFrom,
                            @Nullable LocalDate changedTo, @Nullable Instant changedSince)
        implements CommonFilter.Narrowing<ConcernFilter> {

    public static final ConcernFilter ALL =
            new ConcernFilter(CommonFilter.ANY, null, null, false, false, null, null, null);

    /** A filter without {@link #changedSince}, as the screens make it. */
    public ConcernFilter(CommonFilter common, @Nullable ConcernCategory category, @Nullable RiskLevel level,
                         boolean overdueOnly, boolean openOnly, @Nullable LocalDate changedFrom,
                         @Nullable LocalDate changedTo) {
        this(common, category, level, overdueOnly, openOnly, changedFrom, changedTo, null);
    }

    @Override
    public ConcernFilter withCommon(CommonFilter parts) {
        return new ConcernFilter(parts, category, level, overdueOnly, openOnly, changedFrom, changedTo, changedSince);
    }

    public ConcernFilter withCategory(@Nullable ConcernCategory value) {
        return new ConcernFilter(common, value, level, overdueOnly, openOnly, changedFrom, changedTo, changedSince);
    }

    public ConcernFilter withLevel(@Nullable RiskLevel value) {
        return new ConcernFilter(common, category, value, overdueOnly, openOnly, changedFrom, changedTo, changedSince);
    }

    public ConcernFilter withOverdueOnly(boolean only) {
        return new ConcernFilter(common, category, level, only, openOnly, changedFrom, changedTo, changedSince);
    }

    public ConcernFilter withOpenOnly(boolean only) {
        return new ConcernFilter(common, category, level, overdueOnly, only, changedFrom, changedTo, changedSince);
    }

    public ConcernFilter changedBetween(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new ConcernFilter(common, category, level, overdueOnly, openOnly, from, to, changedSince);
    }

    public ConcernFilter withChangedSince(@Nullable Instant moment) {
        return new ConcernFilter(common, category, level, overdueOnly, openOnly, changedFrom, changedTo, moment);
    }

    /** The filter in words, for the security log's note of an export; platforms by name. */
    public String inWords(Collection<String> platformNames) {
        return new FilterWords().text("text", text()).each("jurisdiction", jurisdictionCodes())
                .each("platform", platformNames).one("category", category).one("level", level)
                .each("state", states()).flag("review overdue", overdueOnly).flag("open only", openOnly)
                .range("changed", changedFrom, changedTo)
                .text("changed since", changedSince == null ? "" : String.valueOf(changedSince)).text("as of", asOf() == null ? "" : String.valueOf(asOf()))
                .toString();
    }

    /** The level's lowest score, for filtering in SQL. */
    public int minScore() {
        return level == null ? 0 : level.minScore();
    }

    /** The level's highest score, for filtering in SQL. */
    public int maxScore() {
        return level == null ? Integer.MAX_VALUE : level.maxScore();
    }

    /** The first instant of {@link #changedFrom()} (UTC), or the epoch. */
    public Instant changedFromStart() {
        return changedFrom == null ? Instant.EPOCH : changedFrom.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after {@link #changedTo()} (UTC), or far in the future. */
    public Instant changedToEnd() {
        LocalDate dayAfter = changedTo == null ? LocalDate.of(9999, 1, 1) : changedTo.plusDays(1);
        return dayAfter.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
