package org.sovereigntywatch.api;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.editorial.CommonFilter;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The parameters every register of the API is filtered by, checked and turned into a {@link CommonFilter}. An
 * unknown jurisdiction or platform is refused, naming it, rather than matching nothing: a script with a typo
 * must not take an empty answer for the truth. A platform is named by id or by name, as the items show it.
 */
@Component
class CommonParameters {

    private final JurisdictionService jurisdictions;
    private final PlatformService platformService;

    CommonParameters(JurisdictionService jurisdictions, PlatformService platforms) {
        this.jurisdictions = jurisdictions;
        this.platformService = platforms;
    }

    /**
     * @throws BadParameterException naming {@code jurisdiction} or {@code platform} and the values it does not know
     */
    CommonFilter filter(@Nullable String text, @Nullable List<String> jurisdictionCodes,
                        @Nullable List<String> platforms, @Nullable List<PublicationState> states) {
        Set<String> codes = listed(jurisdictionCodes).stream().filter(code -> !code.isBlank())
                .map(code -> code.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> unknownCodes = codes.stream().filter(code -> jurisdictions.findByCode(code).isEmpty()).toList();
        if (!unknownCodes.isEmpty()) {
            throw new BadParameterException("jurisdiction", "No jurisdiction with the code "
                    + String.join(", ", unknownCodes) + ": see /api/v1/jurisdictions.");
        }
        Set<Long> ids = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (String platform : listed(platforms).stream().map(String::strip).filter(name -> !name.isEmpty()).toList()) {
            platformId(platform).ifPresentOrElse(ids::add, () -> unknown.add(platform));
        }
        if (!unknown.isEmpty()) {
            throw new BadParameterException("platform", "No platform with the id or name " + String.join(", ", unknown)
                    + ": see /api/v1/platforms.");
        }
        return new CommonFilter(text == null ? "" : text, codes, ids, Set.copyOf(listed(states)));
    }

    /** The platform a filter names by id ({@code 12}) or by name ({@code TikTok}, in any case), if there is one. */
    private Optional<Long> platformId(String idOrName) {
        Optional<Platform> platform = idOrName.matches("\\d{1,18}")
                ? platformService.findAllById(List.of(Long.parseLong(idOrName))).stream().findFirst()
                : platformService.findByName(idOrName);
        return platform.map(Platform::getId);
    }

    /** A parameter's values; none when it is absent. A value left empty ({@code state=}) is none too. */
    static <T> List<T> listed(@Nullable List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
