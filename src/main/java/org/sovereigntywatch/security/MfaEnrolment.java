package org.sovereigntywatch.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.PlainText;

import java.time.Duration;
import java.time.Instant;

/**
 * A user's authenticator: the active TOTP secret once confirmed, a new one waiting for its first code while the user
 * sets up (or replaces) an authenticator, the last time step used (so no code is accepted twice) and the run of wrong
 * codes (so guessing slows down). Secrets are stored encrypted by {@link MfaSecretCipher}. One row per user who ever
 * started; none for the others.
 */
@Entity
@Table(name = "mfa_enrolment")
class MfaEnrolment {

    /** Wrong codes in a row that cost nothing; each further one doubles the wait, up to {@link #LONGEST_WAIT}. */
    static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    @Id
    @Column(name = "user_id")
    private Long userId;

    @PlainText
    private @Nullable String secret;
    private @Nullable Instant confirmedAt;
    @PlainText
    private @Nullable String pendingSecret;
    private @Nullable Instant pendingSince;
    private @Nullable Long lastUsedStep;
    private int failedAttempts;
    private @Nullable Instant lastFailedAt;

    protected MfaEnrolment() {
        this.userId = 0L;
    }

    MfaEnrolment(long userId) {
        this.userId = userId;
    }

    long getUserId() {
        return userId;
    }

    /** Whether sign-in asks this user for a code: an authenticator was set up and confirmed. */
    boolean isActive() {
        return secret != null;
    }

    @Nullable String getSecret() {
        return secret;
    }

    @Nullable Instant getConfirmedAt() {
        return confirmedAt;
    }

    @Nullable String getPendingSecret() {
        return pendingSecret;
    }

    /** Keeps a new secret until its first code confirms it; an active one stays in use meanwhile. */
    void startPending(String encryptedSecret, Instant now) {
        pendingSecret = encryptedSecret;
        pendingSince = now;
    }

    /** The new secret replaces the old one; the step of the code that confirmed it counts as used. */
    void confirmPending(Instant now, long step) {
        if (pendingSecret == null) {
            throw new IllegalStateException("Nothing to confirm");
        }
        secret = pendingSecret;
        confirmedAt = now;
        pendingSecret = null;
        pendingSince = null;
        lastUsedStep = step;
        failedAttempts = 0;
        lastFailedAt = null;
    }

    /** Whether the code of this time step may still be used: no code of it or of a later step was accepted yet. */
    boolean isUnused(long step) {
        return lastUsedStep == null || step > lastUsedStep;
    }

    void accepted(@Nullable Long step) {
        if (step != null) {
            lastUsedStep = step;
        }
        failedAttempts = 0;
        lastFailedAt = null;
    }

    void refused(Instant now) {
        failedAttempts++;
        lastFailedAt = now;
    }

    /** How long the user must still wait before a code is checked again; zero or negative when they need not. */
    Duration waitBeforeNextTry(Instant now) {
        if (failedAttempts < FREE_FAILURES || lastFailedAt == null) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedAttempts - FREE_FAILURES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        return Duration.between(now, lastFailedAt.plus(wait));
    }
}
