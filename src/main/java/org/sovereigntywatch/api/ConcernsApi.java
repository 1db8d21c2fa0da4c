package org.sovereigntywatch.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.sovereigntywatch.base.Keyset;
import org.sovereigntywatch.concern.ConcernRow;
import org.sovereigntywatch.concern.ConcernService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The concern register, read: the same filters as its screen, paged by cursor or pulled whole as NDJSON. */
@Tag(name = "Concerns", description = "Data-sovereignty concerns: whose law can reach whose users' data.")
@RestController
@RequestMapping(ApiPaths.V1)
class ConcernsApi {

    /** The orders offered; the first, by last change, is the one a sync pages in (see the README). */
    static final Paging<ConcernRow> PAGING = new Paging<>(ConcernRow::id, List.of(
            new SortKey<>("changed", "modifiedAt", ConcernRow::modifiedAt, Instant::parse),
            new SortKey<>("id", Keyset.ID, ConcernRow::id, Long::valueOf),
            new SortKey<>("score", "score", ConcernRow::score, Integer::valueOf),
            new SortKey<>("nextReview", "nextReview", ConcernRow::nextReview, LocalDate::parse),
            new SortKey<>("title", "title", ConcernRow::title, text -> text)));

    private final ConcernService concerns;
    private final CommonParameters common;
    private final Ndjson ndjson;
    private final Clock clock;

    ConcernsApi(ConcernService concerns, CommonParameters common, Ndjson ndjson, Clock clock) {
        this.concerns = concerns;
        this.common = common;
        this.ndjson = ndjson;
        this.clock = clock;
    }

    @Operation(summary = "List concerns", description = """
            The concerns the token's owner may see (a viewer's: published ones; an analyst's: also the drafts in \
            their jurisdictions) that match every filter given, one page at a time. Follow `next` (or send \
            `nextCursor` as `cursor` with the same filters and sort) until it is null. Orders: `changed` (the \
            default: by last change, so that a concern added or changed while you page comes on a later page and \
            none is skipped), `id`, `score`, `nextReview`, `title`.""")
    @GetMapping("/concerns")
    ApiPage<ConcernJson> list(@ParameterObject ConcernParameters filters, @ParameterObject PageParameters page) {
        Keyset keyset = page.keyset(PAGING);
        LocalDate today = LocalDate.now(clock);
        return PAGING.page(concerns.list(filters.filter(common), keyset), keyset, page.sortOr(PAGING),
                row -> ConcernJson.of(row, today));
    }

    @Operation(summary = "One concern", description = "The concern with this id; 404 if there is none, or the token's "
            + "owner may not see it (the API does not tell these apart).")
    @GetMapping("/concerns/{id}")
    ConcernJson get(@Parameter(description = "The concern's id.") @PathVariable long id) {
        return concerns.row(id).map(row -> ConcernJson.of(row, LocalDate.now(clock)))
                .orElseThrow(() -> NotFoundException.item("concern", id));
    }

    @Operation(summary = "Every concern, as NDJSON", description = """
            Every concern the list would give for these filters, in one response streamed as it is read: one JSON \
            object a line (`application/x-ndjson`), by id, no paging. For bulk pulls; noted in the security log as \
            an export.""",
            responses = @ApiResponse(responseCode = "200", description = "One concern a line.",
                    content = @Content(mediaType = Ndjson.MEDIA_TYPE, schema = @Schema(implementation = ConcernJson.class))))
    @GetMapping(value = "/concerns.ndjson")
    void all(@ParameterObject ConcernParameters filters, HttpServletResponse response) throws IOException {
        LocalDate today = LocalDate.now(clock);
        concerns.stream(filters.filter(common), "NDJSON", ndjson.to(response, row -> ConcernJson.of(row, today)));
    }
}
