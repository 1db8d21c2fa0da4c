package org.sovereigntywatch.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sovereigntywatch.base.Keyset;
import org.sovereigntywatch.base.Stamped;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureRow;
import org.sovereigntywatch.timeline.MeasureService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The policy measures with their events, read: the measures register's filters, paged by cursor. */
@Tag(name = "Measures", description = "Governments' measures on platforms, each with its dated steps.")
@RestController
@RequestMapping(ApiPaths.V1)
class MeasuresApi {

    static final Paging<Stamped<MeasureRow>> PAGING = new Paging<>(measure -> measure.row().id(), List.of(
            new SortKey<>("changed", "modifiedAt", Stamped::changedAt, Instant::parse),
            new SortKey<>("id", Keyset.ID, measure -> measure.row().id(), Long::valueOf),
            new SortKey<>("title", "title", measure -> measure.row().title(), text -> text)));

    private final MeasureService measures;
    private final EventService events;
    private final CommonParameters common;

    MeasuresApi(MeasureService measures, EventService events, CommonParameters common) {
        this.measures = measures;
        this.events = events;
        this.common = common;
    }

    @Operation(summary = "List measures with their events", description = """
            The measures the token's owner may see that match every filter given, each with its steps in date \
            order, one page at a time; follow `next` until it is null. Orders: `changed` (the default: by last \
            change of the measure itself), `id`, `title`.""")
    @GetMapping("/measures")
    ApiPage<MeasureJson> list(@ParameterObject MeasureParameters filters, @ParameterObject PageParameters page) {
        Keyset keyset = page.keyset(PAGING);
        List<Stamped<MeasureRow>> rows = measures.list(filters.filter(common), keyset);
        // The steps of the whole page in one query, not one per measure (nor for the row that only says a next page
        // exists).
        List<Long> shown = rows.stream().limit(keyset.size() - 1L).map(row -> row.row().id()).toList();
        Map<Long, List<MeasureJson.Step>> steps = events.ofMeasures(shown)
                .stream().collect(Collectors.groupingBy(event -> event.row().measureId(),
                        Collectors.mapping(MeasureJson.Step::of, Collectors.toList())));
        return PAGING.page(rows, keyset, page.sortOr(PAGING),
                row -> MeasureJson.of(row, steps.getOrDefault(row.row().id(), List.of())));
    }

    @Operation(summary = "One measure with its events", description = "The measure with this id; 404 if there is "
            + "none, or the token's owner may not see it (the API does not tell these apart).")
    @GetMapping("/measures/{id}")
    MeasureJson get(@Parameter(description = "The measure's id.") @PathVariable long id) {
        return measures.row(id).map(row -> MeasureJson.of(row, events.ofMeasures(List.of(id)).stream()
                        .map(MeasureJson.Step::of).toList()))
                .orElseThrow(() -> NotFoundException.item("measure", id));
    }
}
