package org.sovereigntywatch.reference;

import org.jspecify.annotations.Nullable;

/** What the jurisdictions grid is filtered by: free text in code or name, and optionally a level. */
public record JurisdictionFilter(String text, @Nullable JurisdictionLevel level) {

    public static final JurisdictionFilter ALL = new JurisdictionFilter("", null);

    public JurisdictionFilter {
        text = text.strip().toLowerCase();
    }
}
