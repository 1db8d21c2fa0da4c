package org.sovereigntywatch.timeline;

/** What a measure is meant to protect or regulate. */
public enum PolicyArea {
    NATIONAL_SECURITY("National security"), DATA_PROTECTION("Data protection"),
    CONTENT_MODERATION("Content moderation"), MINORS_PROTECTION("Minors' protection"), COMPETITION("Competition"),
    TRADE_INVESTMENT("Trade and investment"), OTHER("Other");

    private final String label;

    PolicyArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
