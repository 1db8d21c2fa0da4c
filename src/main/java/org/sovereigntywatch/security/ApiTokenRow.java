package org.sovereigntywatch.security;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A personal access token as its owner's page and the admins' list show it: never its secret, only the last four
 * characters of it.
 */
public record ApiTokenRow(long id, String name, String owner, String ownerName, String lastChars, Instant createdAt,
                          Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt,
                          @Nullable String revokedBy) {

    public ApiTokenStatus status(Instant now) {
        if (revokedAt != null) {
            return ApiTokenStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? ApiTokenStatus.USABLE : ApiTokenStatus.EXPIRED;
    }

    /** How the token's end reads in a list: {@code swt_…a1B2}. */
    public String hint() {
        return ApiTokenSecret.PREFIX + "…" + lastChars;
    }
}
