package org.sovereigntywatch.security;

import org.sovereigntywatch.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.base.Texts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry's clock-driven rules, on a clock the test moves. */
@IntegrationTest
class SessionRegistryTest {

    @Autowired UserSessionRepository sessions;
    @Autowired TransactionTemplate transaction;
    @Autowired SecurityLog securityLog;
    @Autowired AppUserDetailsService users;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private SessionRegistry registry;
    private AppUserPrincipal viewer;
    private String key;

    @BeforeEach
    void signIn() {
        registry = new SessionRegistry(sessions, securityLog, transaction, clock, Duration.ofMinutes(30), Duration.ofHours(12));
        viewer = (AppUserPrincipal) users.loadUserByUsername("viewer");
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.addHeader("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36");
        request.setRemoteAddr("192.0.2.7");
        registry.onAuthentication(UsernamePasswordAuthenticationToken.authenticated(viewer, null, viewer.getAuthorities()),
                request, new MockHttpServletResponse());
        key = SessionRegistry.keyOf(request.getSession()).orElseThrow();
    }

    @Test
    void a_session_ends_after_its_absolute_lifetime_however_active() {
        for (int hour = 0; hour < 12; hour++) {
            assertThat(registry.check(key, true)).isPresent();
            clock.advance(Duration.ofMinutes(59));
        }
        clock.advance(Duration.ofMinutes(12));

        assertThat(registry.check(key, true)).isEmpty();
        assertThat(sessions.findById(key).orElseThrow()).extracting("endReason").isEqualTo(SessionEnd.EXPIRED);
    }

    @Test
    void the_list_shows_where_a_session_comes_from_and_leaves_out_idle_ones() {
        UserSession open = registry.openSessionsOf(viewer.getUserId()).stream()
                .filter(session -> session.getId().equals(key)).findFirst().orElseThrow();
        assertThat(Texts.format(Locale.UK, Browser.describe(open.getUserAgent()))).isEqualTo("Chrome 131 on Linux");
        assertThat(Texts.format(Locale.FRANCE, Browser.describe(open.getUserAgent()))).isEqualTo("Chrome 131 sous Linux");
        assertThat(open.getAddress()).isEqualTo("192.0.2.7");

        clock.advance(Duration.ofMinutes(31));
        assertThat(registry.openSessionsOf(viewer.getUserId())).extracting(UserSession::getId).doesNotContain(key);
    }

    @Test
    void clicks_move_last_active_and_heartbeats_do_not() {
        clock.advance(Duration.ofMinutes(5));
        registry.check(key, false);
        assertThat(sessions.findById(key).orElseThrow().getLastActiveAt()).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));

        registry.check(key, true);
        assertThat(sessions.findById(key).orElseThrow().getLastActiveAt()).isEqualTo(Instant.parse("2026-03-01T08:05:00Z"));
    }

    @Test
    void a_session_that_times_out_is_recorded_as_such_and_stays_ended() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.getSession().setAttribute(SessionRegistry.KEY, key);
        registry.sessionDestroyed(new jakarta.servlet.http.HttpSessionEvent(request.getSession()));

        assertThat(registry.check(key, true)).isEmpty();
        assertThat(sessions.findById(key).orElseThrow()).extracting("endReason").isEqualTo(SessionEnd.TIMED_OUT);
    }
}
