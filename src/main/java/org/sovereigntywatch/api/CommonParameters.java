package org.sovereigntywatch.api;

import org.sovereigntywatch.editorial.CommonFilter;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
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
    CommonFilter filter(String text, List<String> jurisdictionCodes, List<Long> platformIds,
                        List<PublicationState> states) {
        Set<String> codes = jurisdictionCodes.stream().map(code -> code.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> unknownCodes = codes.stream().filter(code -> jurisdictions.findByCode(code).isEmpty()).toList();
        if (!unknownCodes.isEmpty()) {
            throw new BadParameterException("jurisdiction", "No jurisdiction with the code "
                    + String.join(", ", unknownCodes) + ": see the jurisdictions' codes in the app.");
        }
        Set<Long> ids = new TreeSet<>(platformIds);
        Set<Long> known = platforms.findAllById(ids).stream().map(Platform::getId).collect(Collectors.toSet());
        List<Long> unknownIds = ids.stream().filter(id -> !known.contains(id)).toList();
        if (!unknownIds.isEmpty()) {
            throw new BadParameterException("platform", "No platform with the id "
                    + unknownIds.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ".");
        }
        return new CommonFilter(text, codes, ids, Set.copyOf(states));
    }
}
