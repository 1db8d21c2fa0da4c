package org.sovereigntywatch.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.PlainText;

import java.time.Instant;

/**
 * A personal access token of the API, as stored: its owner, its name, the hash of its secret ({@link ApiTokenSecret}),
 * when it expires and when it was last used. It acts as its owner does at each request, never more; a revoked or
 * expired token stays listed, refused.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long userId;
    @PlainText
    @NotBlank
    @Size(max = ApiTokenService.NAME_MAX)
    private String name;
    @PlainText
    private String tokenHash;
    @PlainText
    private String lastChars;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant lastUsedAt;
    private @Nullable Instant revokedAt;
    @PlainText
    private @Nullable String revokedBy;

    protected ApiToken() {
        this.name = "";
        this.tokenHash = "";
        this.lastChars = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    ApiToken(long userId, String name, ApiTokenSecret secret, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = secret.hash();
        this.lastChars = secret.lastChars();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    long getId() {
        return id == null ? 0 : id;
    }

    long getUserId() {
        return userId;
    }

    String getName() {
        return name;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Whether its use was noted at or after {@code moment}. */
    boolean usedSince(Instant moment) {
        return lastUsedAt != null && !lastUsedAt.isBefore(moment);
    }

    void revoke(Instant now, String by) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }
}
