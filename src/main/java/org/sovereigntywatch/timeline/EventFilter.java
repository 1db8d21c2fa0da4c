package org.sovereigntywatch.timeline;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FilterWords;
import org.sovereigntywatch.editorial.CommonFilter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/**
 * What the timeline, the events grid, the events CSV and the reports are filtered by; every part is optional, an
 * empty set meaning "any". The common parts are those of an event's measure: words in its title (or in the event's
 * summary), its jurisdiction, the platforms it affects and its publication states. Start from {@link #ALL} and narrow
 * it with the {@code with…} methods (those of the {@linkplain CommonFilter common parts} included).
 *
 * @param from     events whose period ends on or after this day
 * @param to       events whose period starts on or before this day
 * @param expected true for the steps still expected (not those that did not happen), false for those that happened,
 *                 null for every step
 * @param changedSince events that changed at or after this instant, or whose measure did (its title, state or
 *                 jurisdiction, which an event's row shows): what a sync asks for since its last run; now only
 */
public record EventFilter(CommonFilter common, @Nullable LocalDate from, @Nullable LocalDate to,
                          @Nullable EventAction action, @Nullable Boolean expected, @Nullable Instant changedSince)
        implements CommonFilter.Narrowing<EventFilter> {

    public static final EventFilter ALL = new EventFilter(CommonFilter.ANY, null, null, null, null, null);

    /** A filter without {@link #changedSince}, as the screens make it. */
    public EventFilter(CommonFilter common, @Nullable LocalDate from, @Nullable LocalDate to,
                       @Nullable EventAction action, @Nullable Boolean expected) {
        this(common, from, to, action, expected, null);
    }

    @Override
    public EventFilter withCommon(CommonFilter parts) {
        return new EventFilter(parts, from, to, action, expected, changedSince);
    }

    public EventFilter between(@Nullable LocalDate first, @Nullable LocalDate last) {
        return new EventFilter(common, first, last, action, expected, changedSince);
    }

    public EventFilter withAction(@Nullable EventAction value) {
        return new EventFilter(common, from, to, value, expected, changedSince);
    }

    /** True for the steps still expected (not those that did not happen), false for those that happened, null for all. */
    public EventFilter withExpected(@Nullable Boolean value) {
        return new EventFilter(common, from, to, action, value, changedSince);
    }

    public EventFilter withChangedSince(@Nullable Instant moment) {
        return new EventFilter(common, from, to, action, expected, moment);
    }

    /** The steps still expected whose period falls, at least partly, within these days. */
    public EventFilter expectedBetween(LocalDate first, LocalDate last) {
        return between(first, last).withExpected(true);
    }

    /** The filter in words, for the security log's note of an export; platforms by name. */
    public String inWords(Collection<String> platformNames) {
        return new FilterWords().text("text", text()).each("jurisdiction", jurisdictionCodes())
                .each("platform", platformNames).range("dates", from, to).one("action", action)
                .flag("expected steps only", Boolean.TRUE.equals(expected))
                .flag("steps that happened only", Boolean.FALSE.equals(expected))
                .each("measure state", states())
                .text("changed since", changedSince == null ? "" : String.valueOf(changedSince)).toString();
    }
}
