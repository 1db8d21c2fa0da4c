package org.sovereigntywatch.api;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.ApiTokenService;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.SecurityEventFilter;
import org.sovereigntywatch.security.SecurityEventRow;
import org.sovereigntywatch.security.SecurityEventType;
import org.sovereigntywatch.security.SecurityLogService;
import org.sovereigntywatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who may use the API, and how a refusal reads: only a usable token of a user who may sign in, acting with the owner's
 * role and jurisdictions as they are at each request; never a browser's session; each refusal a problem-details body.
 */
@IntegrationTest
class ApiAccessTest {

    private static final String CONCERNS = "/api/v1/concerns";

    @Autowired WebApplicationContext context;
    @Autowired RunAs runAs;
    @Autowired ApiTokenService tokens;
    @Autowired UserService users;
    @Autowired SecurityLogService securityLog;
    @Autowired TestRecords records;
    @Autowired JdbcClient jdbc;
    @Value("${sovereigntywatch.api.requests-per-minute}") int perMinute;

    private ApiCalls api;
    private Platform platform;

    @BeforeEach
    void setUp() {
        api = new ApiCalls(context, runAs, tokens);
        platform = records.newPlatform();
    }

    @Test
    void a_request_without_a_token_is_refused_with_a_problem_not_the_sign_in_page() {
        MvcResult result = api.get(null, CONCERNS);

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        JsonNode problem = api.body(result);
        assertThat(problem.has("type")).as("about:blank, the default").isFalse();
        assertThat(problem.get("instance").asString()).isEqualTo(CONCERNS);
        assertThat(problem.get("title").asString()).isEqualTo("Unauthorized");
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("code").asString()).isEqualTo("token-required");
    }

    @Test
    void a_value_that_is_no_token_of_ours_is_refused() {
        String forged = "swt_" + "A".repeat(43);

        assertThat(code(api.get(forged, CONCERNS))).isEqualTo("invalid-token");
        assertThat(code(api.get("not even the shape", CONCERNS))).isEqualTo("invalid-token");
    }

    @Test
    void a_revoked_token_is_refused_at_once_and_the_refusal_logged() {
        String owner = records.userCovering(Role.VIEWER, "US");
        var made = runAs.user(owner, () -> tokens.create("to revoke", 7));
        assertThat(api.get(made.secret(), CONCERNS).getResponse().getStatus()).isEqualTo(200);

        runAs.user(owner, () -> {
            tokens.revoke(made.token().id());
            return null;
        });

        MvcResult refused = api.get(made.secret(), CONCERNS + "?state=PUBLISHED");
        assertThat(refused.getResponse().getStatus()).isEqualTo(401);
        assertThat(code(refused)).isEqualTo("token-revoked");
        assertThat(logged(owner, SecurityEventType.API_TOKEN_REFUSED)).singleElement().satisfies(event ->
                assertThat(event.detail()).isEqualTo("“to revoke” token-revoked: GET /api/v1/concerns"));
    }

    @Test
    void an_expired_token_is_refused() {
        String owner = records.userCovering(Role.VIEWER, "US");
        var made = runAs.user(owner, () -> tokens.create("to expire", 7));
        jdbc.sql("update api_token set created_at = created_at - interval '8' day, "
                + "expires_at = expires_at - interval '7' day where id = ?").param(made.token().id()).update();

        assertThat(code(api.get(made.secret(), CONCERNS))).isEqualTo("token-expired");
    }

    @Test
    void a_disabled_owners_tokens_are_refused() {
        String owner = records.userCovering(Role.ANALYST, "US");
        String token = api.tokenOf(owner);

        changeUser(owner, user -> user.setEnabled(false));

        assertThat(code(api.get(token, CONCERNS))).isEqualTo("token-owner-disabled");
    }

    @Test
    void a_token_acts_with_its_owners_role_as_it_is_at_each_request() {
        String owner = records.userCovering(Role.ANALYST, "US");
        String token = api.tokenOf(owner);
        Concern draft = records.create(records.newConcern(platform, "US", 3, 3));
        String address = CONCERNS + "/" + draft.getId();
        assertThat(api.get(token, address).getResponse().getStatus()).isEqualTo(200);

        changeUser(owner, user -> user.setRole(Role.VIEWER));

        assertThat(api.get(token, address).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void a_token_covers_only_its_owners_jurisdictions_as_they_are_at_each_request() {
        String owner = records.userCovering(Role.ANALYST, "US");
        String token = api.tokenOf(owner);
        Concern draft = records.create(records.newConcern(platform, "IN", 3, 3));
        String address = CONCERNS + "/" + draft.getId();
        assertThat(api.get(token, address).getResponse().getStatus()).isEqualTo(404);

        changeUser(owner, user -> user.setJurisdictionCodes(java.util.Set.of("US", "IN")));

        assertThat(api.get(token, address).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void the_api_keeps_no_session_and_a_browsers_session_does_not_open_it() {
        String viewer = records.userCovering(Role.VIEWER, "US");
        MvcResult signedIn = api.perform(MockMvcRequestBuilders.post("/login").param("username", viewer)
                .param("password", TestRecords.PASSWORD).with(csrf()));
        assertThat(signedIn.getRequest().getSession(false)).isNotNull();

        MvcResult withSession = api.perform(MockMvcRequestBuilders.get(CONCERNS)
                .session((org.springframework.mock.web.MockHttpSession) signedIn.getRequest().getSession(false)));
        MvcResult withToken = api.get(api.tokenOf(viewer), CONCERNS);

        assertThat(withSession.getResponse().getStatus()).isEqualTo(401);
        assertThat(withToken.getResponse().getStatus()).isEqualTo(200);
        assertThat(withToken.getRequest().getSession(false)).isNull();
        assertThat(withToken.getResponse().getCookies()).extracting(Cookie::getName).isEmpty();
    }

    @Test
    void a_tokens_requests_over_the_limit_are_answered_429_with_when_to_retry() {
        String token = api.tokenOf("viewer");
        String other = api.tokenOf("viewer");
        int admitted = 0;
        MvcResult throttled = api.get(token, CONCERNS + "?limit=1");
        // The bucket refills evenly as the requests go: a few more than a minute's worth may get through.
        while (throttled.getResponse().getStatus() == 200 && admitted < 2 * perMinute) {
            admitted++;
            throttled = api.get(token, CONCERNS + "?limit=1");
        }

        assertThat(admitted).isBetween(perMinute, perMinute + perMinute / 10);
        assertThat(throttled.getResponse().getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(throttled.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1, 60);
        assertThat(code(throttled)).isEqualTo("rate-limited");
        assertThat(api.get(other, CONCERNS + "?limit=1").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void a_tokens_use_is_in_the_security_log_once_while_it_goes_on() {
        String owner = records.userCovering(Role.VIEWER, "US");
        var made = runAs.user(owner, () -> tokens.create("nightly", 7));

        api.get(made.secret(), CONCERNS + "?limit=5");
        api.get(made.secret(), CONCERNS + "?limit=6");

        assertThat(logged(owner, SecurityEventType.API_TOKEN_USED)).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo(owner);
            assertThat(event.detail()).isEqualTo("“nightly”: GET /api/v1/concerns");
        });
        assertThat(runAs.user(owner, tokens::mine).getFirst().lastUsedAt()).isNotNull();
    }

    @Test
    void the_api_only_reads_and_an_unknown_address_is_a_problem_too() {
        String token = api.tokenOf("analyst");

        MvcResult posted = api.perform(MockMvcRequestBuilders.post(CONCERNS)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content("{}"));
        MvcResult unknown = api.get(token, "/api/v1/nothing-here");

        assertThat(posted.getResponse().getStatus()).isEqualTo(405);
        assertThat(code(posted)).isEqualTo("method-not-allowed");
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(code(unknown)).isEqualTo("not-found");
    }

    private String code(MvcResult result) {
        return api.body(result).get("code").asString();
    }

    private List<SecurityEventRow> logged(String username, SecurityEventType type) {
        return runAs.user("admin", () -> securityLog.list(SecurityEventFilter.ALL.withUser(username).withType(type),
                PageRequest.of(0, 10)));
    }

    private void changeUser(String username, java.util.function.Consumer<AppUser> change) {
        runAs.user("admin", () -> {
            AppUser user = users.findByUsername(username).orElseThrow();
            change.accept(user);
            return users.update(user);
        });
    }
}
