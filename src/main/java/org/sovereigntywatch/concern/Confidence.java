package org.sovereigntywatch.concern;

/** How strong the evidence behind a concern is. */
public enum Confidence {
    LOW, MEDIUM, HIGH
}
