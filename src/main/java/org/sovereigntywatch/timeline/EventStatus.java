package org.sovereigntywatch.timeline;

import org.sovereigntywatch.base.Text;

/**
 * Where a step stands: still expected (scheduled: an effective date, a deadline), happened, or expected and then did
 * not happen (enjoined first, cancelled, superseded). One "did not happen" state covers cancelled and superseded
 * steps alike: either way the date will not come, and what replaced it, if anything, is a step of its own.
 * The names are the coded values of the events CSV's {@code status} column.
 */
public enum EventStatus {
    EXPECTED("expected"),
    HAPPENED("happened"),
    CANCELLED("did not happen");

    private final String label;

    EventStatus(String label) {
        this.label = label;
    }

    static EventStatus of(boolean expected, boolean cancelled) {
        return !expected ? HAPPENED : cancelled ? CANCELLED : EXPECTED;
    }

    /** An action as it reads with this status: "Ruling (expected)", "In force (did not happen)", "Adopted". */
    public Text withAction(EventAction action) {
        return new Text("event.with-status." + name(), action);
    }

    public String label() {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
