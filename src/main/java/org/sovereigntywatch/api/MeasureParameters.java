package org.sovereigntywatch.api;

import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.MeasureFilter;

import java.time.Instant;
import java.util.List;

/** The measures' filters as query parameters: the measures register's. */
record MeasureParameters(
        @Parameter(description = "Words to find in the title or summary, ignoring case.") @Nullable String q,
        @Parameter(description = "Jurisdiction codes, repeated or comma-separated.") @Nullable List<String> jurisdiction,
        @Parameter(description = "Platforms the measures affect, by id or name, repeated or comma-separated.")
        @Nullable List<String> platform,
        @Parameter(description = "Publication states, repeated or comma-separated.") @Nullable List<PublicationState> state,
        @Parameter(description = "Only measures of this kind of instrument.") @Nullable Instrument instrument,
        @Parameter(description = "Only measures whose current status (the action of their latest step that happened) "
                + "is this: `IN_FORCE` for the measures in force.")
        @Nullable EventAction status,
        @Parameter(description = "Only measures that changed at or after this instant (ISO 8601, UTC), or one of whose "
                + "steps did: a sync sends when its last run started.")
        @Nullable Instant changedSince) {

    MeasureFilter filter(CommonParameters common) {
        return MeasureFilter.ALL.withCommon(common.filter(q, jurisdiction, platform, state)).withInstrument(instrument)
                .withCurrentStatus(status).withChangedSince(changedSince);
    }
}
