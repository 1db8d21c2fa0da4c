package org.sovereigntywatch.importing;

/**
 * What a file brings in. Platforms and jurisdictions are the reference lists everything else points to: only admins
 * change those, by import as by hand.
 */
public enum ImportKind {
    EVENTS("Policy events (with their measures)", false),
    MEASURES("Measures", false),
    CONCERNS("Concerns", false),
    SOURCES("Sources", false),
    PLATFORMS("Platforms", true),
    JURISDICTIONS("Subnational jurisdictions", true);

    private final String label;
    private final boolean adminOnly;

    ImportKind(String label, boolean adminOnly) {
        this.label = label;
        this.adminOnly = adminOnly;
    }

    public String label() {
        return label;
    }

    public boolean adminOnly() {
        return adminOnly;
    }
}
