package org.sovereigntywatch.timeline;

import org.sovereigntywatch.editorial.PublicationState;

import java.time.LocalDate;

/**
 * One policy event with what the events grid, the timeline and the CSV show of its measure: plain values from one
 * SQL query, so no page or export of any size loads entities.
 */
public record EventRow(long id, LocalDate start, DatePrecision precision, boolean expected, boolean cancelled,
                       EventAction action, String summary, long measureId, String measureTitle, String jurisdiction,
                       PolicyArea policyArea, Instrument instrument, boolean binding, PublicationState measureState) {

    public PolicyDate date() {
        return new PolicyDate(start, precision);
    }

    public EventStatus status() {
        return EventStatus.of(expected, cancelled);
    }

    /** Whether its measure is not published (a draft, in review or archived): only analysts and up see those. */
    public boolean unpublished() {
        return measureState != PublicationState.PUBLISHED;
    }
}
