package org.sovereigntywatch.concern;

/**
 * Where the follow-up of a concern stands. What "open" and "overdue for review" mean for a concern is stated in
 * {@link ConcernRules}, from the two questions answered here.
 */
public enum TreatmentStatus {
    OPEN, MONITORING, MITIGATED, ACCEPTED, CLOSED;

    /** Still being worked on: open or monitored. Mitigated, accepted and closed concerns are settled. */
    public boolean isOpen() {
        return this == OPEN || this == MONITORING;
    }

    /** Still reviewed from time to time: every status but closed. */
    public boolean isReviewed() {
        return this != CLOSED;
    }
}
