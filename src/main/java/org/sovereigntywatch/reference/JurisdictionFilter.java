package org.sovereigntywatch.reference;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.TextRules;

import java.util.Locale;
import java.util.Set;

/**
 * What jurisdictions are filtered by: free text in code or name, optionally a level, and optionally a set of codes
 * to choose from (empty means any: a picker of the jurisdictions a user covers). The text is also looked for in the
 * names of countries in {@code language}, the reader's, as well as in the names stored (in English).
 */
public record JurisdictionFilter(String text, @Nullable JurisdictionLevel level, Set<String> codes, Locale language) {

    public static final JurisdictionFilter ALL = new JurisdictionFilter("", null);

    public JurisdictionFilter {
        text = TextRules.forSearch(text);
        codes = Set.copyOf(codes);
    }

    /** Words typed in English, the language of the names stored. */
    public JurisdictionFilter(String text, @Nullable JurisdictionLevel level, Set<String> codes) {
        this(text, level, codes, Locale.ENGLISH);
    }

    /** Words typed in English, the language of the names stored. */
    public JurisdictionFilter(String text, @Nullable JurisdictionLevel level) {
        this(text, level, Set.of());
    }

    /** The codes for a SQL {@code in} list, never empty (an empty list is not valid SQL everywhere). */
    Set<String> codesOrNone() {
        return codes.isEmpty() ? Set.of("") : codes;
    }

    /** The codes of the countries whose name in {@link #language} contains the text, for a SQL {@code in} list. */
    Set<String> namedCodesOrNone() {
        Set<String> named = CountryNames.codesNamed(text, language);
        return named.isEmpty() ? Set.of("") : named;
    }
}
