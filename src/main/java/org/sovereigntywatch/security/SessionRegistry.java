package org.sovereigntywatch.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The registry of signed-in sessions, kept in the database so that every node sees every session: a row is made at
 * sign-in, marked at sign-out or time-out, and can be ended by the user or an admin; {@link SessionGuard} checks it at
 * each request. Not a public service: it is driven by Spring Security and the servlet container, and
 * {@link SessionService} is the guarded way in for people.
 */
@Component
class SessionRegistry implements SessionAuthenticationStrategy, LogoutHandler, HttpSessionListener {

    /** The HTTP session attribute holding the registry key. */
    static final String KEY = SessionRegistry.class.getName() + ".key";
    static final String SYSTEM = "system";
    /** Writing "last active" at every click would cost a write per request; a minute is precise enough to read. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(SessionRegistry.class);

    private final UserSessionRepository sessions;
    private final SecurityLog securityLog;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    SessionRegistry(UserSessionRepository sessions, SecurityLog securityLog, TransactionTemplate transaction, Clock clock,
                    @Value("${server.servlet.session.timeout}") Duration idleTimeout,
                    @Value("${sovereigntywatch.session.absolute-lifetime}") Duration lifetime) {
        this.sessions = sessions;
        this.securityLog = securityLog;
        this.transaction = transaction;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.lifetime = lifetime;
    }

    /** Sign-in: registers the session that the password just opened, with where it came from. */
    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        if (!(authentication.getPrincipal() instanceof AppUserPrincipal user)) {
            return;
        }
        HttpSession session = request.getSession();
        // Signing in again in the same browser session replaces whoever was signed in there.
        keyOf(session).ifPresent(previous -> end(previous, SessionEnd.SIGNED_OUT, user.getUsername()));
        String key = newKey();
        transaction.executeWithoutResult(status -> sessions.save(new UserSession(key, user.getUserId(), clock.instant(),
                request.getHeader("User-Agent"), request.getRemoteAddr())));
        session.setAttribute(KEY, key);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            keyOf(session).ifPresent(key -> end(key, SessionEnd.SIGNED_OUT,
                    authentication == null ? SYSTEM : authentication.getName()));
        }
    }

    /**
     * The servlet container ends idle sessions. A session ended on purpose (signed out, revoked) was ended here
     * first and keeps that reason, and whoever ended it logged it; only a session still open here timed out.
     */
    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        try {
            keyOf(event.getSession()).filter(key -> end(key, SessionEnd.TIMED_OUT, SYSTEM)).ifPresent(key ->
                    securityLog.recordAs(null, SecurityEventType.SESSION_ENDED, signedIn(event.getSession()),
                            "Timed out: no request for " + idleTimeout.toMinutes() + " minutes"));
        } catch (RuntimeException failure) {
            // The container's own thread expires sessions, also at shutdown, when the database may be gone first:
            // there is no caller to tell, so the server log is told.
            log.error("Could not record the end of a timed-out session", failure);
        }
    }

    private static @Nullable String signedIn(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context && context.getAuthentication() != null
                ? context.getAuthentication().getName() : null;
    }

    /**
     * The state of the session with this key, or empty if it is over: ended, unknown, its user disabled, or older
     * than the absolute lifetime (then it is ended here).
     *
     * @param activity whether the request is the user's doing (a heartbeat is not), which moves "last active"
     */
    Optional<SessionState> check(String key, boolean activity) {
        Instant now = clock.instant();
        return transaction.execute(status -> {
            Optional<SessionState> found = sessions.findState(key).filter(state -> state.endedAt() == null);
            if (found.isEmpty()) {
                return Optional.<SessionState>empty();
            }
            SessionState state = found.get();
            if (!state.userEnabled()) {
                sessions.end(key, SessionEnd.USER_DISABLED, SYSTEM, now);
                securityLog.recordAs(null, SecurityEventType.SESSION_ENDED, state.username(), "Its user is disabled");
                return Optional.<SessionState>empty();
            }
            if (!state.startedAt().plus(lifetime).isAfter(now)) {
                sessions.end(key, SessionEnd.EXPIRED, SYSTEM, now);
                securityLog.recordAs(null, SecurityEventType.SESSION_ENDED, state.username(),
                        "Absolute lifetime of " + lifetime.toHours() + " h reached");
                return Optional.<SessionState>empty();
            }
            if (activity && state.lastActiveAt().plus(TOUCH_EVERY).isBefore(now)) {
                sessions.touch(key, now);
            }
            return found;
        });
    }

    /** Marks the session with this key as having given its second factor; nothing without a key (no session). */
    void secondFactorGiven(@Nullable String key) {
        if (key != null) {
            transaction.executeWithoutResult(status -> sessions.secondFactorGiven(key, clock.instant()));
        }
    }

    /** The user's open sessions, most recently active first. */
    List<UserSession> openSessionsOf(long userId) {
        Instant now = clock.instant();
        return transaction.execute(status -> sessions.findOpen(userId, now.minus(idleTimeout), now.minus(lifetime)));
    }

    Optional<UserSession> find(String key) {
        return transaction.execute(status -> sessions.findById(key));
    }

    /** Ends one session, if still open; it is refused at its next request. */
    boolean end(String key, SessionEnd reason, String by) {
        return Boolean.TRUE.equals(transaction.execute(status -> sessions.end(key, reason, by, clock.instant()) > 0));
    }

    /**
     * Ends every open session of the user but {@code exceptKey} (the caller's own, when they change their password).
     * Joins the caller's transaction, so a change that rolls back ends nothing.
     */
    int endAllOf(long userId, @Nullable String exceptKey, SessionEnd reason, String by) {
        Integer ended = transaction.execute(status ->
                sessions.endAllOf(userId, exceptKey == null ? "" : exceptKey, reason, by, clock.instant()));
        return ended == null ? 0 : ended;
    }

    static Optional<String> keyOf(HttpSession session) {
        try {
            return session.getAttribute(KEY) instanceof String key ? Optional.of(key) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    private String newKey() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
