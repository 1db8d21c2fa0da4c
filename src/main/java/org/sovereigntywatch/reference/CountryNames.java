package org.sovereigntywatch.reference;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names of countries and unions of countries in the reader's language, as the JDK (CLDR) writes them: DE is
 * "Germany" in English and « Allemagne » in French, EU "European Union" and « Union européenne ». The one home of the
 * rule {@link Jurisdiction#localName} applies, and of the search that goes with it: a user types a country's name in
 * their own language, or in English as it is stored.
 */
final class CountryNames {

    /** Every two-letter code the JDK names, with its name folded for search ({@link #folded}), per locale. */
    private static final Map<Locale, Map<String, String>> FOLDED = new ConcurrentHashMap<>();

    private CountryNames() {
    }

    /**
     * The name of the region {@code code} in {@code locale}, if the JDK knows one: for any two-letter code, the ISO
     * 3166-1 countries as well as the unions and groupings CLDR names (EU, EZ, UN); none for a code it does not know
     * (it would give the code back) or a longer one.
     */
    static Optional<String> of(String code, Locale locale) {
        if (code.length() != 2 || !isCapital(code.charAt(0)) || !isCapital(code.charAt(1))) {
            return Optional.empty();
        }
        String name = Locale.of("", code).getDisplayCountry(locale);
        return name.isBlank() || name.equals(code) ? Optional.empty() : Optional.of(name);
    }

    /**
     * The codes whose name in {@code locale} contains {@code typed}, ignoring case and accents (so "etats" finds
     * « États-Unis »); none for nothing typed. Looked up in memory, for a query to take as a list of codes.
     */
    static Set<String> codesNamed(String typed, Locale locale) {
        String wanted = folded(typed).strip();
        Set<String> codes = new HashSet<>();
        if (!wanted.isEmpty()) {
            namesIn(locale).forEach((code, name) -> {
                if (name.contains(wanted)) {
                    codes.add(code);
                }
            });
        }
        return codes;
    }

    private static Map<String, String> namesIn(Locale locale) {
        return FOLDED.computeIfAbsent(locale, key -> {
            Map<String, String> names = new LinkedHashMap<>();
            for (char first = 'A'; first <= 'Z'; first++) {
                for (char second = 'A'; second <= 'Z'; second++) {
                    String code = "" + first + second;
                    of(code, key).ifPresent(name -> names.put(code, folded(name)));
                }
            }
            return Map.copyOf(names);
        });
    }

    /** Lower case, without accents, with a typographic apostrophe as a plain one: how names are compared. */
    static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
