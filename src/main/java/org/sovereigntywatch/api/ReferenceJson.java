package org.sovereigntywatch.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.source.Source;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The reference records as the API gives them: jurisdictions, platforms, sources. */
final class ReferenceJson {

    private ReferenceJson() {
    }

    @Schema(name = "Jurisdiction", description = "A country, a union of countries or a region within a country.")
    record JurisdictionJson(
            @Schema(description = "The jurisdiction's id.") long id,
            @Schema(description = "Its code: ISO 3166-1 alpha-2 for a country (`US`), ISO 3166-2 for a region "
                    + "(`US-MT`), or the union's (`EU`). What the other endpoints' `jurisdiction` filter takes.")
            String code,
            @Schema(description = "Its name, in English.") String name,
            @Schema(description = "SUPRANATIONAL, NATIONAL or SUBNATIONAL.") JurisdictionLevel level,
            @Schema(description = "For a region, the code of its country; null otherwise.", nullable = true)
            @Nullable String parent) {

        static JurisdictionJson of(Jurisdiction jurisdiction) {
            return new JurisdictionJson(Objects.requireNonNull(jurisdiction.getId()), jurisdiction.getCode(),
                    jurisdiction.getName(), jurisdiction.getLevel(),
                    jurisdiction.getParent() == null ? null : jurisdiction.getParent().getCode());
        }
    }

    @Schema(name = "Platform", description = "An online platform or app measures and concerns are about.")
    record PlatformJson(
            @Schema(description = "The platform's id: what the other endpoints' `platform` filter takes.") long id,
            @Schema(description = "Its name.") String name,
            @Schema(description = "Other names it goes by (`RedNote` for Xiaohongshu).") List<String> aliases,
            @Schema(description = "The company that runs it.", nullable = true) @Nullable String operator,
            @Schema(description = "Code of the jurisdiction it is based in.", nullable = true)
            @Nullable String homeJurisdiction) {

        static PlatformJson of(Platform platform) {
            return new PlatformJson(Objects.requireNonNull(platform.getId()), platform.getName(),
                    platform.getAliases().stream().sorted().toList(), platform.getOperatorCompany(),
                    platform.getHomeJurisdiction() == null ? null : platform.getHomeJurisdiction().getCode());
        }
    }

    @Schema(name = "Source", description = "What a concern or an event rests on: an article, a ruling, a statement.")
    record SourceJson(
            @Schema(description = "The source's id.") long id,
            @Schema(description = "Its title.") String title,
            @Schema(description = "Who published it.", nullable = true) @Nullable String publisher,
            @Schema(description = "Its web address (http or https); null for a citation without one.", nullable = true)
            @Nullable String url,
            @Schema(description = "When it was published.", nullable = true) @Nullable LocalDate publishedOn,
            @Schema(description = "Its language (an ISO 639 code: `fr`).", nullable = true) @Nullable String language,
            @Schema(description = "The passage it is cited for.", nullable = true) @Nullable String quote) {

        static SourceJson of(Source source) {
            return new SourceJson(Objects.requireNonNull(source.getId()), source.getTitle(), source.getPublisher(),
                    source.getUrl(), source.getPublishedOn(), source.getLanguage(), source.getQuote());
        }
    }
}
