package org.sovereigntywatch.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.sovereigntywatch.base.Keyset;
import org.sovereigntywatch.base.Stamped;
import org.sovereigntywatch.timeline.EventRow;
import org.sovereigntywatch.timeline.EventService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The policy events, read: the timeline's filters, paged by cursor or pulled whole as NDJSON. */
@Tag(name = "Events", description = "The dated steps of policy measures.")
@RestController
@RequestMapping(ApiPaths.V1)
class EventsApi {

    static final Paging<Stamped<EventRow>> PAGING = new Paging<>(event -> event.row().id(), List.of(
            new SortKey<>("changed", "modifiedAt", Stamped::changedAt, Instant::parse),
            new SortKey<>("id", Keyset.ID, event -> event.row().id(), Long::valueOf),
            new SortKey<>("date", "periodStart", event -> event.row().start(), LocalDate::parse)));

    private final EventService events;
    private final CommonParameters common;
    private final Ndjson ndjson;

    EventsApi(EventService events, CommonParameters common, Ndjson ndjson) {
        this.events = events;
        this.common = common;
        this.ndjson = ndjson;
    }

    @Operation(summary = "List events", description = """
            The events of the measures the token's owner may see (a viewer's: published measures; an analyst's: \
            also the drafts in their jurisdictions) that match every filter given, one page at a time; follow \
            `next` until it is null. Orders: `changed` (the default: by last change, so that an event added or \
            changed while you page comes on a later page and none is skipped), `id`, `date`.""")
    @GetMapping("/events")
    ApiPage<EventJson> list(@ParameterObject EventParameters filters, @ParameterObject PageParameters page) {
        Keyset keyset = page.keyset(PAGING);
        return PAGING.page(events.list(filters.filter(common), keyset), keyset, page.sortOr(PAGING), EventJson::of);
    }

    @Operation(summary = "One event", description = "The event with this id; 404 if there is none, or the token's "
            + "owner may not see its measure (the API does not tell these apart).")
    @GetMapping("/events/{id}")
    EventJson get(@Parameter(description = "The event's id.") @PathVariable long id) {
        return events.row(id).map(EventJson::of).orElseThrow(() -> NotFoundException.item("event", id));
    }

    @Operation(summary = "Every event, as NDJSON", description = """
            Every event the list would give for these filters, in one response streamed as it is read: one JSON \
            object a line (`application/x-ndjson`), by id, no paging. For bulk pulls; noted in the security log as \
            an export.""",
            responses = @ApiResponse(responseCode = "200", description = "One event a line.",
                    content = @Content(mediaType = Ndjson.MEDIA_TYPE, schema = @Schema(implementation = EventJson.class))))
    @GetMapping("/events.ndjson")
    void all(@ParameterObject EventParameters filters, HttpServletResponse response) throws IOException {
        events.stream(filters.filter(common), "NDJSON", ndjson.to(response, EventJson::of));
    }
}
