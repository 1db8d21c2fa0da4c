package org.sovereigntywatch.concern;

/** How strong the evidence behind a concern is. */
public enum Confidence {
    LOW, MEDIUM, HIGH;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
