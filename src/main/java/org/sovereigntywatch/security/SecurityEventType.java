package org.sovereigntywatch.security;

/**
 * The kinds of event the security log keeps, each with a label for the admin view and whether it records a change.
 * <p>
 * The distinction decides the transaction {@link SecurityLog} writes in. An event that <em>records a change</em>
 * (a password set, a user edited) joins the caller's transaction, so it is kept exactly when the change is: a change
 * rolled back leaves no event claiming it happened. Every other event (an attempt, a sign-in, a download) is written
 * in a transaction of its own, so it is kept even when nothing else commits: a failed sign-in changes nothing, and
 * an export runs in a read-only transaction.
 * <p>
 * The names are stored; rename none (add new ones freely: the table does not check them against a list).
 */
public enum SecurityEventType {
    SIGN_IN("Signed in", false),
    SIGN_IN_FAILED("Sign-in failed", false),
    /** A sign-in refused before the password was checked, after too many failures. */
    SIGN_IN_THROTTLED("Sign-in refused: too many failures", false),
    SIGN_OUT("Signed out", false),
    /** A session ended other than by signing out: timed out, ended by its user or by an admin. */
    SESSION_ENDED("Session ended", false),
    MFA_PASSED("Second factor passed", false),
    MFA_FAILED("Second factor failed", false),
    MFA_ENROLLED("MFA enrolled", true),
    MFA_RESET("MFA reset", true),
    MFA_TURNED_OFF("MFA turned off", true),
    RECOVERY_CODES_REGENERATED("Recovery codes regenerated", true),
    MFA_POLICY_CHANGED("MFA requirement changed", true),
    PASSWORD_CHANGED("Password changed", true),
    /** A change of one's own password refused, e.g. because the current password given was wrong. */
    PASSWORD_CHANGE_FAILED("Password change failed", false),
    PASSWORD_RESET("Password reset", true),
    USER_CREATED("User created", true),
    USER_CHANGED("User changed", true),
    /** A CSV export or report downloaded: which one, with which filter, how many rows. */
    EXPORT("Data exported", false);

    private final String label;
    private final boolean recordsAChange;

    SecurityEventType(String label, boolean recordsAChange) {
        this.label = label;
        this.recordsAChange = recordsAChange;
    }

    public String label() {
        return label;
    }

    /**
     * Whether this event records a change made in the caller's transaction, and so must be written in it (true),
     * or must be kept whatever becomes of the caller's transaction (false).
     */
    public boolean recordsAChange() {
        return recordsAChange;
    }
}
