package org.sovereigntywatch.importing;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionFilter;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.UserService;
import org.springframework.data.domain.PageRequest;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference lists a file's rows point to, looked up leniently and once per import: jurisdictions by code or by
 * name (English or French), platforms by name or alias, people by name or username, all ignoring case and accents.
 */
final class References {

    /** More than any register of jurisdictions or platforms holds; both are loaded whole, once. */
    private static final PageRequest ALL = PageRequest.of(0, 100_000);

    private final Map<String, Jurisdiction> jurisdictions = new HashMap<>();
    private final Map<String, Platform> platforms = new HashMap<>();
    private final Map<String, Optional<AppUser>> people = new HashMap<>();
    private final UserService users;

    References(JurisdictionService jurisdictionService, PlatformService platformService, UserService users) {
        this.users = users;
        for (Jurisdiction jurisdiction : jurisdictionService.list(JurisdictionFilter.ALL, ALL)) {
            for (String name : namesOf(jurisdiction)) {
                jurisdictions.putIfAbsent(ImportField.key(name), jurisdiction);
            }
        }
        for (Platform platform : platformService.list("", ALL)) {
            platforms.put(ImportField.key(platform.getName()), platform);
            platform.getAliases().forEach(alias -> platforms.putIfAbsent(ImportField.key(alias), platform));
        }
    }

    /** The code first, so that a code is never taken for another jurisdiction's name. */
    private static Set<String> namesOf(Jurisdiction jurisdiction) {
        Set<String> names = new LinkedHashSet<>(List.of(jurisdiction.getCode(), jurisdiction.getName()));
        if (jurisdiction.getLevel() == JurisdictionLevel.NATIONAL) {
            Locale country = Locale.of("", jurisdiction.getCode());
            names.add(country.getDisplayCountry(Locale.ENGLISH));
            names.add(country.getDisplayCountry(Locale.FRENCH));
        }
        return names;
    }

    /** The jurisdiction a cell names, if any. */
    Optional<Jurisdiction> jurisdiction(String text) {
        return Optional.ofNullable(jurisdictions.get(ImportField.key(text)));
    }

    /** The jurisdiction of the cell of {@code field}; a problem on the row if it names none. */
    @Nullable Jurisdiction jurisdiction(ImportRow row, String field) {
        String text = row.text(field);
        if (text.isEmpty()) {
            return null;
        }
        Optional<Jurisdiction> found = jurisdiction(text);
        if (found.isEmpty()) {
            String code = text.toUpperCase(Locale.ROOT);
            if (JurisdictionLevel.SUBNATIONAL.accepts(code)) {
                row.problem(field, "import.row.jurisdiction.unknown-region", text, code);
            } else {
                row.problem(field, "import.row.jurisdiction.unknown", text);
            }
        }
        return found.orElse(null);
    }

    /** The platform named so, or going by that name, if any. */
    Optional<Platform> platform(String name) {
        return Optional.ofNullable(platforms.get(ImportField.key(name)));
    }

    /** The platforms a cell names, joined with {@code |}; a problem for each unknown one. */
    Set<Platform> platforms(ImportRow row, String field) {
        Set<Platform> found = new LinkedHashSet<>();
        for (String name : row.values(field)) {
            Platform platform = platforms.get(ImportField.key(name));
            if (platform == null) {
                row.problem(field, "import.row.platform.unknown", name);
            } else {
                found.add(platform);
            }
        }
        return found;
    }

    /** The one platform of the cell of {@code field}. */
    @Nullable Platform platform(ImportRow row, String field) {
        if (row.values(field).size() > 1) {
            row.problem(field, "import.row.platform.one-only");
            return null;
        }
        Set<Platform> found = platforms(row, field);
        return found.isEmpty() ? null : found.iterator().next();
    }

    /** Someone who can follow an item up, by display name or username; a problem if nobody is. */
    @Nullable AppUser person(ImportRow row, String field) {
        String name = row.text(field);
        if (name.isEmpty()) {
            return null;
        }
        Optional<AppUser> found = people.computeIfAbsent(ImportField.key(name), key ->
                users.listAssignable(name, PageRequest.of(0, 20)).stream()
                        .filter(user -> ImportField.key(user.getDisplayName()).equals(key)
                                || ImportField.key(user.getUsername()).equals(key))
                        .findFirst());
        if (found.isEmpty()) {
            row.problem(field, "import.row.person.unknown", name);
        }
        return found.orElse(null);
    }
}
