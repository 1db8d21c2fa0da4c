package org.sovereigntywatch.timeline;

import org.sovereigntywatch.base.Text;

/**
 * Where a step stands: still expected (scheduled: an effective date, a deadline), happened, or expected and then did
 * not happen (enjoined first, cancelled, superseded). One "did not happen" state covers cancelled and superseded
 * steps alike: either way the date will not come, and what replaced it, if anything, is a step of its own.
 * The names are the coded values of the events CSV's {@code status} column.
 */
public enum EventStatus {
    EXPECTED,
    HAPPENED,
    CANCELLED;

    static EventStatus of(boolean expected, boolean cancelled) {
        return !expected ? HAPPENED : cancelled ? CANCELLED : EXPECTED;
    }

    /** An action as it reads with this status: "Ruling (expected)", "In force (did not happen)", "Adopted". */
    public Text withAction(EventAction action) {
        return new Text("event.with-status." + name(), action);
    }
}
