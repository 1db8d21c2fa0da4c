package org.sovereigntywatch.timeline;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the timeline, the events grid and the events CSV are filtered by; every part is optional.
 *
 * @param jurisdictionCodes the measures' jurisdictions; empty for all
 * @param platformIds       platforms the measures affect; empty for all
 * @param from              events whose period ends on or after this day
 * @param to                events whose period starts on or before this day
 * @param expected          true for expected events only, false for those that happened, null for both
 */
public record EventFilter(String text, Set<String> jurisdictionCodes, Set<Long> platformIds, @Nullable LocalDate from,
                          @Nullable LocalDate to, @Nullable EventAction action, @Nullable Boolean expected) {

    public static final EventFilter ALL = new EventFilter("", Set.of(), Set.of(), null, null, null, null);

    private static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    public EventFilter {
        text = text.strip().toLowerCase();
        jurisdictionCodes = Set.copyOf(jurisdictionCodes);
        platformIds = Set.copyOf(platformIds);
    }

    /** The expected events whose period falls, at least partly, within these days. */
    public EventFilter expectedBetween(LocalDate first, LocalDate last) {
        return new EventFilter(text, jurisdictionCodes, platformIds, first, last, action, true);
    }

    // What the repository's queries read: no nulls or empty lists where SQL would need a typed null or a value.

    public boolean anyJurisdiction() {
        return jurisdictionCodes.isEmpty();
    }

    public Set<String> jurisdictionsOrNone() {
        return jurisdictionCodes.isEmpty() ? Set.of("") : jurisdictionCodes;
    }

    public boolean anyPlatform() {
        return platformIds.isEmpty();
    }

    public Set<Long> platformsOrNone() {
        return platformIds.isEmpty() ? Set.of(-1L) : platformIds;
    }

    public LocalDate fromOrEarliest() {
        return from == null ? EARLIEST : from;
    }

    public LocalDate toOrLatest() {
        return to == null ? LATEST : to;
    }

    public boolean anyStatus() {
        return expected == null;
    }

    public boolean expectedOnly() {
        return Boolean.TRUE.equals(expected);
    }
}
