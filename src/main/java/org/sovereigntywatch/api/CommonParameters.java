package org.sovereigntywatch.api;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.editorial.CommonFilter;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The parameters every register of the API is filtered by, checked and turned into a {@link CommonFilter}. An
 * unknown jurisdiction or platform is refused, naming it, rather than matching nothing: a script with a typo
 * must not take an empty answer for the truth.
 */
@Component
class CommonParameters {

    private final JurisdictionService jurisdictions;
    private final PlatformService platforms;

    CommonParameters(JurisdictionService jurisdictions, PlatformService platforms) {
        this.jurisdictions = jurisdictions;
        this.platforms = platforms;
    }

    /**
     * @throws BadParameterException naming {@code jurisdiction} or {@code platform} and the values it does not know
     */
    CommonFilter filter(@Nullable String text, @Nullable List<String> jurisdictionCodes,
                        @Nullable List<Long> platformIds, @Nullable List<PublicationState> states) {
        Set<String> codes = listed(jurisdictionCodes).stream().filter(code -> !code.isBlank())
                .map(code -> code.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> unknownCodes = codes.stream().filter(code -> jurisdictions.findByCode(code).isEmpty()).toList();
        if (!unknownCodes.isEmpty()) {
            throw new BadParameterException("jurisdiction", "No jurisdiction with the code "
                    + String.join(", ", unknownCodes) + ": see the jurisdictions' codes in the app.");
        }
        Set<Long> ids = new TreeSet<>(listed(platformIds));
        Set<Long> known = platforms.findAllById(ids).stream().map(Platform::getId).collect(Collectors.toSet());
        List<Long> unknownIds = ids.stream().filter(id -> !known.contains(id)).toList();
        if (!unknownIds.isEmpty()) {
            throw new BadParameterException("platform", "No platform with the id "
                    + unknownIds.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ".");
        }
        return new CommonFilter(text == null ? "" : text, codes, ids, Set.copyOf(listed(states)));
    }

    /** A parameter's values; none when it is absent. A value left empty ({@code state=}) is none too. */
    static <T> List<T> listed(@Nullable List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
