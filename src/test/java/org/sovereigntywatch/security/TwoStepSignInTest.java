package org.sovereigntywatch.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two-step sign-in through the real security filter chain: after the password a session holds no role and owes the
 * code (or the set-up its role requires); the code, given in that session, lets its next request in with its role.
 */
@IntegrationTest
class TwoStepSignInTest {

    private static final String PASSWORD = "quiet harbour at dawn";

    @Autowired WebApplicationContext context;
    @Autowired UserService users;
    @Autowired MfaService mfa;
    @Autowired MfaTestUsers codes;
    @Autowired RunAs runAs;
    @Autowired @Qualifier("springSecurityFilterChain") Filter securityFilterChain;

    private MockMvc mvc;
    private String username;

    @BeforeEach
    void anAnalyst() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        username = "two-step-" + UUID.randomUUID().toString().substring(0, 8);
        runAs.user("admin", () -> users.create(new AppUser(username, "Tess Twostep", Role.ANALYST), PASSWORD));
    }

    @Test
    void an_enrolled_user_owes_the_code_after_the_password_and_gets_their_role_once_it_is_given() throws Exception {
        String secret = runAs.user(username, () -> mfa.startEnrolment().secret());
        runAs.user(username, () -> mfa.confirmEnrolment(codes.code(secret, 0)));

        MockHttpSession session = signIn();
        nextRequest(session);
        assertThat(principalOf(session).getPendingSteps()).containsExactly(SignInStep.MFA_CODE);
        assertThat(authorities(session)).noneMatch(name -> name.startsWith("ROLE_"));

        inSession(session, () -> runAs.user(username, () -> mfa.verifySignInCode(codes.code(secret, 1))));
        nextRequest(session);

        assertThat(principalOf(session).getPendingSteps()).isEmpty();
        assertThat(authorities(session)).contains("ROLE_ANALYST");
    }

    @Test
    void a_role_that_requires_two_step_sign_in_sends_a_user_without_an_authenticator_to_set_one_up() throws Exception {
        Set<Role> before = runAs.user("admin", () -> mfa.requiredRoles());
        MockHttpSession open = signIn();
        try {
            runAs.user("admin", () -> {
                mfa.setRequiredRoles(Set.of(Role.ANALYST));
                return null;
            });
            nextRequest(open);
            assertThat(principalOf(open).getPendingSteps()).as("applies to open sessions at once")
                    .containsExactly(SignInStep.MFA_SETUP);

            String secret = inSession(open, () -> runAs.user(username, () -> mfa.startEnrolment().secret()));
            inSession(open, () -> runAs.user(username, () -> mfa.confirmEnrolment(codes.code(secret, 0))));
            nextRequest(open);
            assertThat(principalOf(open).getPendingSteps()).as("setting up proved the second factor").isEmpty();
        } finally {
            runAs.user("admin", () -> {
                mfa.setRequiredRoles(before);
                return null;
            });
        }
    }

    private MockHttpSession signIn() throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
                .with(csrf())).andReturn().getRequest().getSession(false);
    }

    /** Runs the work as part of a request of this session, as a click on a step page would. */
    private static <T> T inSession(MockHttpSession session, Supplier<T> work) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return work.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private void nextRequest(MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        securityFilterChain.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest passed, HttpServletResponse response) {
            }
        }));
    }

    private static AppUserPrincipal principalOf(MockHttpSession session) {
        return (AppUserPrincipal) authentication(session).getPrincipal();
    }

    private static java.util.List<String> authorities(MockHttpSession session) {
        return authentication(session).getAuthorities().stream().map(Object::toString).toList();
    }

    private static Authentication authentication(MockHttpSession session) {
        return ((SecurityContext) session.getAttribute(SPRING_SECURITY_CONTEXT_KEY)).getAuthentication();
    }
}
