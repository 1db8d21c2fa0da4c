package org.sovereigntywatch.security;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One security event as the admin view and its CSV show it.
 *
 * @param actor   who did it: a username, for a failed sign-in the name typed; null for what the application did on
 *                its own (a session timing out)
 * @param subject whom it was about, when that is not the actor (an admin resetting someone's password)
 */
public record SecurityEventRow(long id, Instant occurredAt, SecurityEventType type, @Nullable String actor,
                               @Nullable String subject, @Nullable String clientAddress, String detail) {
}
