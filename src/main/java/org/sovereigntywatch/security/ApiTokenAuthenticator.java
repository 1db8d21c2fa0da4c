package org.sovereigntywatch.security;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a request's personal access token may act, and as whom: its owner as the database has them now
 * (a role lowered or jurisdictions taken away count at the next request; a disabled owner's tokens are refused), with
 * no more than the owner's authorities. Each token's requests are rate-limited ({@link ApiRateLimit}) before anything
 * else is decided, so that even a refused token cannot flood the security log.
 * <p>
 * The security log gets a token's use when it starts and then at most every {@value #NOTE_USE_EVERY_MINUTES} minutes
 * while it goes on (with the request that started it), and every refusal of a token that exists. A value that is no
 * token at all is refused without a line: it names nobody.
 */
@Component
class ApiTokenAuthenticator {

    static final long NOTE_USE_EVERY_MINUTES = 5;

    /** What became of a request's token. */
    sealed interface Outcome {
        /** The token may act; the request runs as its owner. */
        record Accepted(ApiTokenAuthentication authentication) implements Outcome {
        }

        /** No such token, or a value without a token's shape. */
        record Unknown() implements Outcome {
        }

        /** The token exists but may not act now. */
        record Refused(Refusal reason) implements Outcome {
        }

        /** The token made too many requests; it may try again after {@code retryAfter}. */
        record Throttled(Duration retryAfter, long perMinute) implements Outcome {
        }
    }

    /** Why a token that exists may not act; its code is the problem's {@code code} and the security log's word. */
    enum Refusal {
        REVOKED, EXPIRED, OWNER_DISABLED;

        String code() {
            return "token-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final ApiTokenRepository tokens;
    private final AppUserDetailsService users;
    private final ApiRateLimit rateLimit;
    private final SecurityLog securityLog;
    private final Clock clock;

    ApiTokenAuthenticator(ApiTokenRepository tokens, AppUserDetailsService users, ApiRateLimit rateLimit,
                          SecurityLog securityLog, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.rateLimit = rateLimit;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    /**
     * @param presented what followed {@code Bearer} in the request
     * @param request   the request in a few words, for the security log: {@code GET /api/v1/concerns}
     */
    @Transactional
    public Outcome authenticate(String presented, String request) {
        Optional<ApiToken> found = ApiTokenSecret.looksLikeOne(presented)
                ? tokens.findByTokenHash(new ApiTokenSecret(presented).hash()) : Optional.empty();
        if (found.isEmpty()) {
            return new Outcome.Unknown();
        }
        ApiToken token = found.get();
        Duration wait = rateLimit.take(token.getId());
        if (!wait.isZero()) {
            return new Outcome.Throttled(wait, rateLimit.perMinute());
        }
        Instant now = clock.instant();
        Optional<AppUserPrincipal> owner = users.reload(token.getUserId(), Set.of());
        String ownerName = owner.map(AppUserPrincipal::getUsername).orElse(null);
        @Nullable Refusal refusal = token.isRevoked() ? Refusal.REVOKED : token.isExpired(now) ? Refusal.EXPIRED
                : owner.filter(AppUserPrincipal::isEnabled).isEmpty() ? Refusal.OWNER_DISABLED : null;
        String which = "“" + token.getName() + "”";
        if (refusal != null) {
            securityLog.recordAs(ownerName, SecurityEventType.API_TOKEN_REFUSED, null,
                    which + " " + refusal.code() + ": " + request);
            return new Outcome.Refused(refusal);
        }
        Instant notBefore = now.minus(Duration.ofMinutes(NOTE_USE_EVERY_MINUTES));
        // Most requests of a script in use find the use noted already, and write nothing.
        if (!token.usedSince(notBefore) && tokens.noteUse(token.getId(), now, notBefore) > 0) {
            securityLog.recordAs(ownerName, SecurityEventType.API_TOKEN_USED, null, which + ": " + request);
        }
        return new Outcome.Accepted(new ApiTokenAuthentication(owner.orElseThrow(), token.getId(), token.getName()));
    }
}
