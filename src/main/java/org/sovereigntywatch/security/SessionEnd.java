package org.sovereigntywatch.security;

/** Why a signed-in session ended; stored with it, so users and admins can tell a sign-out from a revocation. */
public enum SessionEnd {
    /** The user signed out. */
    SIGNED_OUT,
    /** Ended from a sessions list, by the user or an admin (who is recorded with it). */
    ENDED,
    /** Idle for longer than the idle timeout. */
    TIMED_OUT,
    /** Older than the absolute lifetime, however active. */
    EXPIRED,
    /** An admin disabled the account. */
    USER_DISABLED,
    /** The user chose a new password: their other sessions end. */
    PASSWORD_CHANGED,
    /** An admin set a new password: every session of the user ends. */
    PASSWORD_RESET
}
