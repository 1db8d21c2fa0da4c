package org.sovereigntywatch.concern;

/** What kind of exposure a concern is about. */
public enum ConcernCategory {
    STATE_ACCESS("State access"),
    CROSS_BORDER_TRANSFER("Cross-border transfer"),
    DATA_LOCALISATION("Data localisation"),
    SURVEILLANCE("Surveillance"),
    CONTENT_MANIPULATION("Content manipulation"),
    MINORS_DATA("Minors' data"),
    OTHER("Other");

    private final String label;

    ConcernCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
