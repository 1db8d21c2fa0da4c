package org.sovereigntywatch.security;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;

/**
 * What {@link SessionGuard} checks at each request of a signed-in session, read in one query: the session's row and
 * the parts of its user's row that decide whether the session may go on, what it still owes, and whether its principal
 * is stale.
 */
record SessionState(long userId, String username, Instant startedAt, Instant lastActiveAt, @Nullable Instant endedAt,
                    @Nullable Instant secondFactorAt, boolean userEnabled, long userVersion,
                    boolean passwordChangeRequired, boolean mfaEnrolled, boolean mfaRequired) {

    /** As the query reads it: the two-step facts come as counts of rows. */
    SessionState(long userId, String username, Instant startedAt, Instant lastActiveAt, @Nullable Instant endedAt,
                 @Nullable Instant secondFactorAt, boolean userEnabled, long userVersion,
                 boolean passwordChangeRequired, Long enrolments, Long requirements) {
        this(userId, username, startedAt, lastActiveAt, endedAt, secondFactorAt, userEnabled, userVersion,
                passwordChangeRequired, enrolments > 0, requirements > 0);
    }

    Set<SignInStep> pendingSteps() {
        return SignInStep.pending(passwordChangeRequired, mfaEnrolled, mfaRequired, secondFactorAt != null);
    }
}
