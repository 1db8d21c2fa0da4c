package org.sovereigntywatch.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

import static org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

/**
 * Logs a signed-in user's session that the servlet container ends for lack of activity ({@code
 * server.servlet.session.timeout}). Sessions ended on purpose are not logged here: signing out logs itself
 * ({@link SignInEvents}), and whatever ends a session for a user or an admin logs who did. They are told apart by
 * time: only a session idle for its whole timeout has timed out.
 * <p>
 * Spring Boot registers this listener with the servlet container because it is a bean.
 */
@Component
class SessionTimeouts implements HttpSessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(SessionTimeouts.class);

    private final SecurityLog log;
    private final Clock clock;

    SessionTimeouts(SecurityLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        String username = signedIn(session);
        if (username == null || !timedOut(session)) {
            return;
        }
        try {
            log.recordAs(null, SecurityEventType.SESSION_ENDED, username,
                    "Timed out: no request for " + Duration.ofSeconds(session.getMaxInactiveInterval()).toMinutes()
                            + " minutes");
        } catch (RuntimeException failure) {
            // The container's own thread expires sessions: there is no caller to tell, so the server log is told.
            LOG.error("Could not log the timeout of a session of {}", username, failure);
        }
    }

    private boolean timedOut(HttpSession session) {
        long idleMillis = clock.millis() - session.getLastAccessedTime();
        return session.getMaxInactiveInterval() > 0 && idleMillis >= session.getMaxInactiveInterval() * 1000L;
    }

    private static @Nullable String signedIn(HttpSession session) {
        if (session.getAttribute(SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context) {
            Authentication authentication = context.getAuthentication();
            return authentication != null && authentication.isAuthenticated() ? authentication.getName() : null;
        }
        return null;
    }
}
