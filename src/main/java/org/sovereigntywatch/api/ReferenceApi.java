package org.sovereigntywatch.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Keyset;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionFilter;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/** What the registers refer to, read: jurisdictions, platforms and sources, by id, paged by cursor. */
@Tag(name = "Reference", description = "Jurisdictions, platforms and sources: the codes and ids the filters take.")
@RestController
@RequestMapping(ApiPaths.V1)
class ReferenceApi {

    private static final Paging<Jurisdiction> JURISDICTIONS = byId(Jurisdiction::getId);
    private static final Paging<Platform> PLATFORMS = byId(Platform::getId);
    private static final Paging<Source> SOURCES = byId(Source::getId);

    private final JurisdictionService jurisdictions;
    private final PlatformService platforms;
    private final SourceService sources;

    ReferenceApi(JurisdictionService jurisdictions, PlatformService platforms, SourceService sources) {
        this.jurisdictions = jurisdictions;
        this.platforms = platforms;
        this.sources = sources;
    }

    @Operation(summary = "List jurisdictions", description = "Every jurisdiction matching the filters, by id, one page "
            + "at a time; follow `next` until it is null. The one order is `id`.")
    @GetMapping("/jurisdictions")
    ApiPage<ReferenceJson.JurisdictionJson> jurisdictions(
            @Parameter(description = "Words to find in the code or the English name, ignoring case.")
            @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "Only jurisdictions of this level.")
            @RequestParam(required = false) @Nullable JurisdictionLevel level,
            @ParameterObject PageParameters page) {
        JurisdictionFilter filter = new JurisdictionFilter(q == null ? "" : q, level);
        return page(JURISDICTIONS, page, (after, size) -> jurisdictions.listAfter(filter, after, size),
                ReferenceJson.JurisdictionJson::of);
    }

    @Operation(summary = "List platforms", description = "Every platform whose name, operator or other name matches, "
            + "by id, one page at a time; follow `next` until it is null. The one order is `id`.")
    @GetMapping("/platforms")
    ApiPage<ReferenceJson.PlatformJson> platforms(
            @Parameter(description = "Words to find in the name, operator or other names, ignoring case.")
            @RequestParam(required = false) @Nullable String q,
            @ParameterObject PageParameters page) {
        return page(PLATFORMS, page, (after, size) -> platforms.listAfter(q == null ? "" : q, after, size),
                ReferenceJson.PlatformJson::of);
    }

    @Operation(summary = "List sources", description = "The sources the token's owner may see (those the concerns and "
            + "events they may see cite), by id, one page at a time; follow `next` until it is null. The one order "
            + "is `id`.")
    @GetMapping("/sources")
    ApiPage<ReferenceJson.SourceJson> sources(
            @Parameter(description = "Words to find in the title, publisher or address, ignoring case.")
            @RequestParam(required = false) @Nullable String q,
            @ParameterObject PageParameters page) {
        return page(SOURCES, page, (after, size) -> sources.listAfter(q == null ? "" : q, after, size),
                ReferenceJson.SourceJson::of);
    }

    /** A page of a list read by id: {@code read} gets the id the page starts after (0 for the first) and its size. */
    private static <T, J> ApiPage<J> page(Paging<T> paging, PageParameters page,
                                          BiFunction<Long, Integer, List<T>> read, Function<T, J> toJson) {
        Keyset keyset = page.keyset(paging);
        if (!keyset.direction().isAscending()) {
            throw new BadParameterException("sort", "This list is read by id, ascending only: sort=id, or no sort.");
        }
        return paging.page(read.apply(keyset.isFirst() ? 0 : keyset.lastId(), keyset.size()), keyset,
                page.sortOr(paging), toJson);
    }

    private static <T> Paging<T> byId(Function<T, @Nullable Long> id) {
        return new Paging<>(item -> Objects.requireNonNull(id.apply(item)),
                List.of(new SortKey<>("id", Keyset.ID, id::apply, Long::valueOf)));
    }
}
