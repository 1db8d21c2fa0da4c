package org.sovereigntywatch.concern;

/** Where the follow-up of a concern stands. A closed concern is no longer due for review. */
public enum TreatmentStatus {
    OPEN, MONITORING, MITIGATED, ACCEPTED, CLOSED;

    /** Still being worked on: open or monitored. Mitigated, accepted and closed concerns are settled. */
    public boolean isOpen() {
        return this == OPEN || this == MONITORING;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
