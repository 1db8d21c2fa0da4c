package org.sovereigntywatch.security;

import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.RefusedException;
import org.sovereigntywatch.base.TextRules;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Personal access tokens for the read-only API: every user makes, lists and revokes their own; admins see and revoke
 * everyone's. A token is shown once, when made, and kept only as a hash; it acts with its owner's role and
 * jurisdictions as they are at each request ({@link ApiTokenAuthenticator}). Making and revoking one are written in the
 * security log, with its name, never its secret.
 */
@Service
public class ApiTokenService {

    /** The lifetimes a token may be given, in days: none lives for ever, so a forgotten one ends by itself. */
    public static final List<Integer> LIFETIMES = List.of(7, 30, 90, 365);
    /** The longest name a token may have. */
    public static final int NAME_MAX = 100;
    /** Usable tokens a user may hold at once: enough for every script, few enough to keep track of. */
    static final int USABLE_MAX = 20;

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final SecurityLog securityLog;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser, SecurityLog securityLog, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    /** The signed-in user's tokens, newest first, revoked and expired ones included. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ApiTokenRow> mine() {
        return tokens.rowsOf(currentUser.require().getUserId());
    }

    /**
     * Makes a token for the signed-in user.
     *
     * @param name what it is for, unique among the user's usable tokens: "newsroom map"
     * @param days how long it lives, one of {@link #LIFETIMES}
     * @return the token with its secret, to be shown once
     * @throws FieldErrorException for a blank or taken name, a lifetime not offered, or too many usable tokens
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public NewApiToken create(String name, int days) {
        AppUserPrincipal owner = currentUser.require();
        String cleanName = TextRules.cleaned(name).strip();
        Instant now = clock.instant();
        if (cleanName.isEmpty()) {
            throw new FieldErrorException("name", "api-token.name.required");
        }
        if (cleanName.length() > NAME_MAX) {
            throw new FieldErrorException("name", "api-token.name.too-long", NAME_MAX);
        }
        if (tokens.countUsableNamed(owner.getUserId(), cleanName, now) > 0) {
            throw new FieldErrorException("name", "api-token.name.taken");
        }
        if (!LIFETIMES.contains(days)) {
            throw new FieldErrorException("lifetime", "api-token.lifetime.invalid");
        }
        if (tokens.countUsable(owner.getUserId(), now) >= USABLE_MAX) {
            throw new FieldErrorException("name", "api-token.too-many", USABLE_MAX);
        }
        ApiTokenSecret secret = ApiTokenSecret.generate(random);
        ApiToken token = tokens.save(new ApiToken(owner.getUserId(), cleanName, secret, now,
                now.plus(Duration.ofDays(days))));
        securityLog.record(SecurityEventType.API_TOKEN_CREATED, null,
                "“" + cleanName + "” (" + secret + "), valid " + days + " days");
        return new NewApiToken(rowOf(token), secret.value());
    }

    /**
     * Revokes a token: at once, on every node, as the next request looks it up. The signed-in user may revoke their
     * own; an admin anyone's. Revoking a revoked token changes nothing.
     *
     * @throws RefusedException for a token that is not the caller's (an admin excepted) or that does not exist
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public void revoke(long id) {
        AppUserPrincipal caller = currentUser.require();
        ApiToken token = tokens.findById(id)
                .filter(found -> found.getUserId() == caller.getUserId() || caller.getRole() == Role.ADMIN)
                .orElseThrow(() -> new RefusedException("api-token.not-found"));
        if (!token.isRevoked()) {
            token.revoke(clock.instant(), caller.getUsername());
            ApiTokenRow row = rowOf(token);
            securityLog.record(SecurityEventType.API_TOKEN_REVOKED, row.owner(), "“" + row.name() + "” (" + row.hint() + ")");
        }
    }

    /** One page of every user's tokens whose name or owner's username contains {@code text}, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiTokenRow> all(String text, Pageable pageable) {
        return tokens.rows(TextRules.forSearch(text), pageable);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countAll(String text) {
        return tokens.countRows(TextRules.forSearch(text));
    }

    private ApiTokenRow rowOf(ApiToken token) {
        return tokens.row(token.getId());
    }
}
