package org.sovereigntywatch.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Keyset;
import org.sovereigntywatch.concern.ConcernCategory;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.ConcernRow;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.editorial.PublicationState;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The concern register, read: the same filters as its screen, paged by cursor. */
@Tag(name = "Concerns", description = "Data-sovereignty concerns: whose law can reach whose users' data.")
@RestController
@RequestMapping(ApiPaths.CONCERNS)
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
    private final Clock clock;

    ConcernsApi(ConcernService concerns, CommonParameters common, Clock clock) {
        this.concerns = concerns;
        this.common = common;
        this.clock = clock;
    }

    @Operation(summary = "List concerns", description = """
            The concerns the token's owner may see (a viewer's: published ones; an analyst's: also the drafts in \
            their jurisdictions) that match every filter given, one page at a time. Follow `next` (or send \
            `nextCursor` as `cursor` with the same filters and sort) until it is null. In the default order, by last \
            change, a concern added or changed while you page comes on a later page: none is skipped.""")
    @GetMapping
    ApiPage<ConcernJson> list(
            @Parameter(description = "Words to find in the title, description or platform claim, ignoring case.")
            @RequestParam(name = "q", defaultValue = "") String text,
            @Parameter(description = "Jurisdiction codes, repeated or comma-separated: concerns with either side in "
                    + "one of them (whose users, or whose law).")
            @RequestParam(name = "jurisdiction", defaultValue = "") List<String> jurisdictions,
            @Parameter(description = "Platform ids, repeated or comma-separated.")
            @RequestParam(name = "platform", defaultValue = "") List<Long> platforms,
            @Parameter(description = "Publication states, repeated or comma-separated.")
            @RequestParam(name = "state", defaultValue = "") List<PublicationState> states,
            @Parameter(description = "Only concerns of this category.")
            @RequestParam(required = false) @Nullable ConcernCategory category,
            @Parameter(description = "Only concerns of this level.")
            @RequestParam(required = false) @Nullable RiskLevel level,
            @Parameter(description = "Only open concerns (treatment OPEN or MONITORING).")
            @RequestParam(defaultValue = "false") boolean openOnly,
            @Parameter(description = "Only open concerns whose next review is past.")
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @Parameter(description = "Only concerns that changed at or after this instant (ISO 8601, UTC: "
                    + "`2026-12-01T00:00:00Z`): a nightly sync sends when its last run started.")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant changedSince,
            @Parameter(description = "The order: changed (default), id, score, nextReview or title; a leading `-` "
                    + "sorts descending. Ties are broken by id.")
            @RequestParam(defaultValue = "changed") String sort,
            @Parameter(description = "Where to go on from: the previous page's `nextCursor`.")
            @RequestParam(required = false) @Nullable String cursor,
            @Parameter(description = "Concerns per page, 1 to " + Paging.MAX_LIMIT + ".",
                    schema = @Schema(minimum = "1", maximum = "" + Paging.MAX_LIMIT, defaultValue = "" + Paging.DEFAULT_LIMIT))
            @RequestParam(defaultValue = "" + Paging.DEFAULT_LIMIT) int limit) {
        ConcernFilter filter = ConcernFilter.ALL.withCommon(common.filter(text, jurisdictions, platforms, states))
                .withCategory(category).withLevel(level).withOpenOnly(openOnly).withOverdueOnly(overdueOnly)
                .withChangedSince(changedSince);
        Keyset keyset = PAGING.keyset(sort, cursor, limit);
        LocalDate today = LocalDate.now(clock);
        return PAGING.page(concerns.list(filter, keyset), keyset, sort, row -> ConcernJson.of(row, today));
    }

    @Operation(summary = "One concern", description = "The concern with this id; 404 if there is none, or the token's "
            + "owner may not see it (the API does not tell these apart).")
    @GetMapping("/{id}")
    ConcernJson get(@Parameter(description = "The concern's id.") @PathVariable long id) {
        return concerns.row(id).map(row -> ConcernJson.of(row, LocalDate.now(clock)))
                .orElseThrow(() -> NotFoundException.item("concern", id));
    }
}
