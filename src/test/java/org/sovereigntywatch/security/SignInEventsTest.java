package org.sovereigntywatch.security;

import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/**
 * Sign-ins, failed sign-ins and sign-outs through the real security filter chain (a POST to /login and /logout, as
 * the login form and the sign-out send them), and sessions timing out, each leaving its row in the log.
 */
@IntegrationTest
class SignInEventsTest {

    private static final String PASSWORD = "a passphrase for auditing sign-ins";

    @Autowired WebApplicationContext context;
    @Autowired UserService users;
    @Autowired AppUserDetailsService userDetails;
    @Autowired RunAs runAs;
    @Autowired SecurityLogService log;
    @Autowired SessionRegistry sessionRegistry;
    @Autowired JdbcTemplate jdbc;

    private MockMvc mvc;
    /** A user of this test's own, so that no other test's sign-ins, nor any throttling of them, get in the way. */
    private String username;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        username = "log-" + UUID.randomUUID().toString().substring(0, 8);
        runAs.user("admin", () -> users.create(new AppUser(username, "Log Test", Role.VIEWER), PASSWORD));
    }

    @Test
    void a_sign_in_is_logged_with_the_user_and_the_address() throws Exception {
        mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf())
                        .with(from("198.51.100.23")))
                .andExpect(authenticated().withUsername(username));

        assertThat(logged(SecurityEventType.SIGN_IN, username)).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo(username);
            assertThat(row.clientAddress()).isEqualTo("198.51.100.23");
        });
    }

    @Test
    void a_failed_sign_in_is_logged_with_the_name_typed_and_the_same_words_whether_or_not_the_user_exists()
            throws Exception {
        String wrongPassword = "wrong-" + UUID.randomUUID();
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        String unknownsPassword = "guess-" + UUID.randomUUID();
        signIn(username, wrongPassword, "198.51.100.24");
        signIn("  " + unknown.toUpperCase() + " ", unknownsPassword, "198.51.100.25");

        SecurityEventRow known = logged(SecurityEventType.SIGN_IN_FAILED, username).getFirst();
        SecurityEventRow unknownRow = logged(SecurityEventType.SIGN_IN_FAILED, unknown).getFirst();
        assertThat(known.clientAddress()).isEqualTo("198.51.100.24");
        assertThat(unknownRow.actor()).as("the name typed, as sign-in reads it").isEqualTo(unknown);
        assertThat(unknownRow.clientAddress()).isEqualTo("198.51.100.25");
        assertThat(unknownRow.detail()).isEqualTo(known.detail()).isEqualTo(SignInEvents.BAD_CREDENTIALS);
        assertThat(everyValueInTheLog()).noneMatch(value -> value.contains(wrongPassword))
                .noneMatch(value -> value.contains(unknownsPassword));
    }

    @Test
    void a_password_typed_as_the_username_is_kept_only_as_far_as_a_username_goes() throws Exception {
        String password = "typed-in-the-wrong-field-" + UUID.randomUUID();
        signIn(password, "", "198.51.100.26");

        assertThat(logged(SecurityEventType.SIGN_IN_FAILED, password.substring(0, 50))).hasSize(1);
        assertThat(everyValueInTheLog()).noneMatch(value -> value.contains(password));
    }

    @Test
    void a_sign_out_is_logged() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", username)
                        .param("password", PASSWORD).with(csrf()))
                .andExpect(authenticated()).andReturn().getRequest().getSession();

        mvc.perform(post("/logout").session(session).with(csrf()).with(from("198.51.100.27")))
                .andExpect(unauthenticated());

        assertThat(logged(SecurityEventType.SIGN_OUT, username)).singleElement()
                .extracting(SecurityEventRow::clientAddress).isEqualTo("198.51.100.27");
    }

    @Test
    void a_signed_in_session_that_times_out_is_logged_and_one_ended_on_purpose_is_left_to_who_ended_it() throws Exception {
        MockHttpSession idle = signedInSession();
        MockHttpSession signedOut = signedInSession();
        mvc.perform(post("/logout").session(signedOut).with(csrf()));

        sessionRegistry.sessionDestroyed(new HttpSessionEvent(idle));
        sessionRegistry.sessionDestroyed(new HttpSessionEvent(signedOut));

        assertThat(logged(SecurityEventType.SESSION_ENDED, username)).singleElement().satisfies(row -> {
            assertThat(row.actor()).as("nobody did it").isNull();
            assertThat(row.subject()).isEqualTo(username);
            assertThat(row.detail()).isEqualTo("Timed out: no request for 30 minutes");
        });
    }

    private MockHttpSession signedInSession() throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
                .with(csrf())).andExpect(authenticated()).andReturn().getRequest().getSession();
    }

    private void signIn(String typedName, String password, String address) throws Exception {
        mvc.perform(post("/login").param("username", typedName).param("password", password).with(csrf())
                .with(from(address))).andExpect(unauthenticated());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private List<SecurityEventRow> logged(SecurityEventType type, String user) {
        return runAs.user("admin", () -> log.list(SecurityEventFilter.ALL.withType(type).withUser(user),
                PageRequest.of(0, 10)));
    }

    /** Every value of every row of the log, as text. */
    private List<String> everyValueInTheLog() {
        return jdbc.queryForList("select * from security_event").stream()
                .flatMap(row -> row.values().stream()).map(String::valueOf).toList();
    }
}
