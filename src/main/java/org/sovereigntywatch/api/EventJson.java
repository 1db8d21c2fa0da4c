package org.sovereigntywatch.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.sovereigntywatch.base.Stamped;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.timeline.DatePrecision;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventRow;
import org.sovereigntywatch.timeline.EventStatus;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.PolicyArea;

import java.time.Instant;
import java.time.LocalDate;

/** A policy event as the API gives it: a dated step of a measure, with what the events grid shows of its measure. */
@Schema(name = "Event", description = "A dated step of a policy measure: announced, adopted, in force, enjoined, lifted…")
public record EventJson(
        @Schema(description = "The event's id, stable for its lifetime.") long id,
        @Schema(description = "The id of the measure it is a step of.") long measureId,
        @Schema(description = "The measure's title.") String measureTitle,
        @Schema(description = "Code of the measure's jurisdiction.") String jurisdiction,
        @Schema(description = "The date as precisely as it is known: `2025-01-17`, `2021-01` or `2021`.") String date,
        @Schema(description = "The first day of that date (the first of the month or year for a coarser one).")
        LocalDate start,
        @Schema(description = "How precise the date is.") DatePrecision precision,
        @Schema(description = "EXPECTED (still to come), HAPPENED, or CANCELLED (expected, then did not happen).")
        EventStatus status,
        @Schema(description = "What happened or is expected.") EventAction action,
        @Schema(description = "The step in a sentence.") String summary,
        @Schema(description = "The measure's policy area.") PolicyArea policyArea,
        @Schema(description = "The measure's kind of instrument.") Instrument instrument,
        @Schema(description = "Whether the measure binds (a law) rather than advises.") boolean binding,
        @Schema(description = "The measure's publication state: viewers' tokens see PUBLISHED only.")
        PublicationState measureState,
        @Schema(description = "When the event last changed (UTC): what the default sort reads.") Instant modifiedAt) {

    static EventJson of(Stamped<EventRow> stamped) {
        EventRow row = stamped.row();
        return new EventJson(row.id(), row.measureId(), row.measureTitle(), row.jurisdiction(), row.date().iso(),
                row.start(), row.precision(), row.status(), row.action(), row.summary(), row.policyArea(),
                row.instrument(), row.binding(), row.measureState(), stamped.changedAt());
    }
}
