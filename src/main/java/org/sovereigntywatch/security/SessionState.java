package org.sovereigntywatch.security;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;

/**
 * What {@link SessionGuard} checks at each request of a signed-in session, read in one query: the session's row and
 * the parts of its user's row that decide whether the session may go on and whether its principal is stale.
 */
record SessionState(long userId, String username, Instant startedAt, Instant lastActiveAt, @Nullable Instant endedAt,
                    boolean userEnabled, long userVersion, boolean passwordChangeRequired) {

    Set<SignInStep> pendingSteps() {
        return SignInStep.pending(passwordChangeRequired);
    }
}
