package org.sovereigntywatch.reference;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.TextRules;

import java.util.Set;

/**
 * What jurisdictions are filtered by: free text in code or name, optionally a level, and optionally a set of codes
 * to choose from (empty means any: a picker of the jurisdictions a user covers).
 */
public record JurisdictionFilter(String text, @Nullable JurisdictionLevel level, Set<String> codes) {

    public static final JurisdictionFilter ALL = new JurisdictionFilter("", null);

    public JurisdictionFilter {
        text = TextRules.forSearch(text);
        codes = Set.copyOf(codes);
    }

    public JurisdictionFilter(String text, @Nullable JurisdictionLevel level) {
        this(text, level, Set.of());
    }

    /** The codes for a SQL {@code in} list, never empty (an empty list is not valid SQL everywhere). */
    Set<String> codesOrNone() {
        return codes.isEmpty() ? Set.of("") : codes;
    }
}
