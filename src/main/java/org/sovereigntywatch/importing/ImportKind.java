package org.sovereigntywatch.importing;

/**
 * What a file brings in. Platforms and jurisdictions are the reference lists everything else points to: only admins
 * change those, by import as by hand.
 */
public enum ImportKind {
    EVENTS(false),
    MEASURES(false),
    CONCERNS(false),
    SOURCES(false),
    PLATFORMS(true),
    JURISDICTIONS(true);

    private final boolean adminOnly;

    ImportKind(boolean adminOnly) {
        this.adminOnly = adminOnly;
    }

    public boolean adminOnly() {
        return adminOnly;
    }
}
