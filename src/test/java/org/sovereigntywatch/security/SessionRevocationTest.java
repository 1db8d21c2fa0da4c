package org.sovereigntywatch.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Revocation reaches open sessions: two sessions of one user, a change made elsewhere, and the other session's next
 * request through the real security filter chain (Vaadin's own requests pass the same chain).
 */
@IntegrationTest
class SessionRevocationTest {

    private static final String PASSWORD = "quiet harbour at dawn";

    @Autowired WebApplicationContext context;
    @Autowired UserService users;
    @Autowired SessionService sessions;
    @Autowired RunAs runAs;
    @Autowired SecurityLogService securityLog;
    @Autowired @Qualifier("springSecurityFilterChain") Filter securityFilterChain;

    private MockMvc mvc;
    private String username;

    @BeforeEach
    void newUserWithTwoSessions() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        username = "session-" + UUID.randomUUID().toString().substring(0, 8);
        AppUser user = new AppUser(username, "Sam Sessions", Role.REVIEWER);
        user.setJurisdictionCodes(Set.of("US"));
        runAs.user("admin", () -> users.create(user, PASSWORD));
    }

    @Test
    void disabling_a_user_ends_every_open_session_at_its_next_request() throws Exception {
        MockHttpSession first = signIn(PASSWORD);
        MockHttpSession second = signIn(PASSWORD);
        assertThat(isLetIn(first)).isTrue();

        asAdmin(() -> {
            AppUser user = stored();
            user.setEnabled(false);
            users.update(user);
        });

        assertThat(isLetIn(first)).isFalse();
        assertThat(isLetIn(second)).isFalse();
        assertThat(first.isInvalid()).isTrue();
    }

    @Test
    void a_password_reset_ends_every_session_and_the_next_sign_in_owes_a_new_password() throws Exception {
        MockHttpSession open = signIn(PASSWORD);

        asAdmin(() -> users.resetPassword(stored().getId(), "set by the admin today"));

        assertThat(isLetIn(open)).isFalse();
        MockHttpSession again = signIn("set by the admin today");
        assertThat(isLetIn(again)).isTrue();
        assertThat(principalOf(again).getPendingSteps()).containsExactly(SignInStep.PASSWORD_CHANGE);
        assertThat(principalOf(again).getAuthorities()).isEmpty();
    }

    @Test
    void a_new_role_and_new_jurisdictions_apply_at_once_to_open_sessions() throws Exception {
        MockHttpSession open = signIn(PASSWORD);
        assertThat(principalOf(open).getRole()).isEqualTo(Role.REVIEWER);

        asAdmin(() -> {
            AppUser user = stored();
            user.setRole(Role.VIEWER);
            user.setJurisdictionCodes(Set.of("CA"));
            users.update(user);
        });

        assertThat(isLetIn(open)).isTrue();
        AppUserPrincipal now = principalOf(open);
        assertThat(now.getRole()).isEqualTo(Role.VIEWER);
        assertThat(now.getAuthorities()).extracting(Object::toString).doesNotContain("ROLE_REVIEWER", "ROLE_ANALYST");
        assertThat(now.covers("CA")).isTrue();
        assertThat(now.covers("US")).isFalse();
    }

    @Test
    void an_admin_ends_all_sessions_of_a_user() throws Exception {
        MockHttpSession first = signIn(PASSWORD);
        MockHttpSession second = signIn(PASSWORD);

        int ended = runAs.user("admin", () -> sessions.endAllOf(stored().getId()));

        assertThat(ended).isEqualTo(2);
        assertThat(isLetIn(first)).isFalse();
        assertThat(isLetIn(second)).isFalse();
    }

    @Test
    void a_user_sees_their_open_sessions_and_ends_one_of_them() throws Exception {
        MockHttpSession first = signIn(PASSWORD);
        MockHttpSession second = signIn(PASSWORD);

        var open = runAs.user(username, () -> sessions.mine());
        assertThat(open).hasSize(2);
        runAs.user(username, () -> {
            sessions.end(open.getFirst().id());
            return null;
        });

        assertThat(isLetIn(first) ^ isLetIn(second)).as("exactly one session ended").isTrue();
        assertThat(runAs.user(username, () -> sessions.mine())).hasSize(1);
    }

    @Test
    void nobody_ends_another_users_session_but_an_admin() throws Exception {
        signIn(PASSWORD);
        String sessionId = runAs.user(username, () -> sessions.mine()).getFirst().id();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runAs.user("analyst", () -> {
            sessions.end(sessionId);
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(runAs.user(username, () -> sessions.mine())).hasSize(1);
    }

    @Test
    void signing_out_ends_the_session_in_the_registry() throws Exception {
        MockHttpSession open = signIn(PASSWORD);
        mvc.perform(post("/logout").session(open).with(csrf()));

        assertThat(runAs.user(username, () -> sessions.mine())).isEmpty();
    }

    @Test
    void a_session_without_a_registry_entry_is_not_let_in() throws Exception {
        MockHttpSession open = signIn(PASSWORD);
        open.removeAttribute(SessionRegistry.KEY);

        assertThat(isLetIn(open)).isFalse();
    }

    @Test
    void the_security_log_says_who_changed_what_and_which_sessions_ended() throws Exception {
        signIn(PASSWORD);
        asAdmin(() -> {
            AppUser user = stored();
            user.setRole(Role.VIEWER);
            user.setEnabled(false);
            users.update(user);
            users.resetPassword(user.getId(), "set by the admin today");
        });

        assertThat(logged(SecurityEventType.USER_CHANGED)).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo("admin");
            assertThat(row.detail()).contains("role REVIEWER → VIEWER", "can sign in yes → no");
        });
        assertThat(logged(SecurityEventType.SESSION_ENDED)).singleElement()
                .extracting(SecurityEventRow::detail).isEqualTo("User disabled: 1 session");
        assertThat(logged(SecurityEventType.PASSWORD_RESET)).singleElement()
                .extracting(SecurityEventRow::detail).asString().doesNotContain("set by the admin today");
    }

    private List<SecurityEventRow> logged(SecurityEventType type) {
        return runAs.user("admin", () -> securityLog.list(SecurityEventFilter.ALL.withType(type).withUser(username),
                PageRequest.of(0, 10)));
    }

    private MockHttpSession signIn(String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("signed in").doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** Whether the session's next request gets through the security filters to the application, signed in. */
    private boolean isLetIn(MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/dashboard");
        request.setSession(session);
        AtomicReference<Principal> signedIn = new AtomicReference<>();
        MockFilterChain application = new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest passed, HttpServletResponse response) {
                signedIn.set(passed.getUserPrincipal());
            }
        });
        securityFilterChain.doFilter(request, new MockHttpServletResponse(), application);
        return signedIn.get() != null;
    }

    private static AppUserPrincipal principalOf(MockHttpSession session) {
        return (AppUserPrincipal) ((SecurityContext) session.getAttribute(SPRING_SECURITY_CONTEXT_KEY))
                .getAuthentication().getPrincipal();
    }

    private AppUser stored() {
        return users.findByUsername(username).orElseThrow();
    }

    private void asAdmin(Runnable work) {
        runAs.user("admin", () -> {
            work.run();
            return null;
        });
    }
}
