package org.sovereigntywatch.api;

import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventFilter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The events' filters as query parameters: the timeline's. */
record EventParameters(
        @Parameter(description = "Words to find in the event's summary or its measure's title, ignoring case.")
        @Nullable String q,
        @Parameter(description = "Codes of the measures' jurisdictions, repeated or comma-separated.")
        @Nullable List<String> jurisdiction,
        @Parameter(description = "Platforms the measures affect, by id or name, repeated or comma-separated.")
        @Nullable List<String> platform,
        @Parameter(description = "The measures' publication states, repeated or comma-separated.")
        @Nullable List<PublicationState> state,
        @Parameter(description = "Events whose date reaches this day or later (ISO 8601: `2025-01-01`).")
        @Nullable LocalDate from,
        @Parameter(description = "Events whose date starts on this day or earlier.") @Nullable LocalDate to,
        @Parameter(description = "Only events of this action.") @Nullable EventAction action,
        @Parameter(description = "true: only steps still expected; false: only steps that happened.")
        @Nullable Boolean expected,
        @Parameter(description = "Only events that changed at or after this instant (ISO 8601, UTC), or whose measure "
                + "did (its title, state or jurisdiction, which an event shows): a sync sends when its last run started.")
        @Nullable Instant changedSince) {

    EventFilter filter(CommonParameters common) {
        return EventFilter.ALL.withCommon(common.filter(q, jurisdiction, platform, state)).between(from, to)
                .withAction(action).withExpected(expected).withChangedSince(changedSince);
    }
}
