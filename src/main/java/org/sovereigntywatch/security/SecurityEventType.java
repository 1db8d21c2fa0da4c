package org.sovereigntywatch.security;

/**
 * The kinds of event the security log keeps, each with whether it records a change (the admin view labels them from
 * the translations, {@code enum.SecurityEventType.*}).
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
    SIGN_IN(false),
    SIGN_IN_FAILED(false),
    /** A sign-in refused before the password was checked, after too many failures. */
    SIGN_IN_THROTTLED(false),
    SIGN_OUT(false),
    /** A session ended other than by signing out: timed out, ended by its user or by an admin. */
    SESSION_ENDED(false),
    MFA_PASSED(false),
    MFA_FAILED(false),
    MFA_ENROLLED(true),
    MFA_RESET(true),
    MFA_TURNED_OFF(true),
    RECOVERY_CODES_REGENERATED(true),
    MFA_POLICY_CHANGED(true),
    PASSWORD_CHANGED(true),
    /** A change of one's own password refused, e.g. because the current password given was wrong. */
    PASSWORD_CHANGE_FAILED(false),
    PASSWORD_RESET(true),
    USER_CREATED(true),
    USER_CHANGED(true),
    /** A CSV export or report downloaded: which one, with which filter, how many rows. */
    EXPORT(false),
    API_TOKEN_CREATED(true),
    API_TOKEN_REVOKED(true),
    /** An API token used: written at its first request, then at most every few minutes while it is in use. */
    API_TOKEN_USED(false),
    /** An API request with a token that exists but may not be used: expired, revoked, or its owner disabled. */
    API_TOKEN_REFUSED(false);

    private final boolean recordsAChange;

    SecurityEventType(boolean recordsAChange) {
        this.recordsAChange = recordsAChange;
    }

    /**
     * Whether this event records a change made in the caller's transaction, and so must be written in it (true),
     * or must be kept whatever becomes of the caller's transaction (false).
     */
    public boolean recordsAChange() {
        return recordsAChange;
    }
}
