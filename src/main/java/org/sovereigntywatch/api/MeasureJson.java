package org.sovereigntywatch.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Stamped;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.timeline.DatePrecision;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventRow;
import org.sovereigntywatch.timeline.EventStatus;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.MeasureRow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A policy measure as the API gives it, with its steps in date order. */
@Schema(name = "Measure", description = "A government's measure on platforms (a law, an order, a ban, a court case), "
        + "with its dated steps.")
public record MeasureJson(
        @Schema(description = "The measure's id, stable for its lifetime.") long id,
        @Schema(description = "The measure in one line.") String title,
        @Schema(description = "Code of the jurisdiction that took it.") String jurisdiction,
        @Schema(description = "The platforms it affects, by name.") List<String> platforms,
        @Schema(description = "The kind of instrument.") Instrument instrument,
        @Schema(description = "Its current status: the action of its latest step that happened; null before any.",
                nullable = true)
        @Nullable EventAction status,
        @Schema(description = "The date of that step, as precisely as it is known; null before any.", nullable = true)
        @Nullable String statusSince,
        @Schema(description = "Where the measure stands in review: viewers' tokens see PUBLISHED only.")
        PublicationState state,
        @Schema(description = "When the measure last changed (UTC): what the default sort reads; a change of one of "
                + "its steps does not move it, but `changedSince` finds it.") Instant modifiedAt,
        @Schema(description = "Its steps, in date order.") List<Step> events) {

    /** One step of the measure: an event, without what it repeats of its measure. */
    @Schema(name = "MeasureStep", description = "A dated step of the measure.")
    public record Step(
            @Schema(description = "The event's id, as at /api/v1/events/{id}.") long id,
            @Schema(description = "The date as precisely as it is known: `2025-01-17`, `2021-01` or `2021`.")
            String date,
            @Schema(description = "The first day of that date.") LocalDate start,
            @Schema(description = "How precise the date is.") DatePrecision precision,
            @Schema(description = "EXPECTED, HAPPENED or CANCELLED.") EventStatus status,
            @Schema(description = "What happened or is expected.") EventAction action,
            @Schema(description = "The step in a sentence.") String summary,
            @Schema(description = "When the event last changed (UTC).") Instant modifiedAt) {

        static Step of(Stamped<EventRow> stamped) {
            EventRow row = stamped.row();
            return new Step(row.id(), row.date().iso(), row.start(), row.precision(), row.status(), row.action(),
                    row.summary(), stamped.changedAt());
        }
    }

    static MeasureJson of(Stamped<MeasureRow> stamped, List<Step> steps) {
        MeasureRow row = stamped.row();
        return new MeasureJson(row.id(), row.title(), row.jurisdiction(), row.platforms(), row.instrument(),
                row.currentAction(), row.currentSince() == null ? null : row.currentSince().iso(), row.state(),
                stamped.changedAt(), steps);
    }
}
