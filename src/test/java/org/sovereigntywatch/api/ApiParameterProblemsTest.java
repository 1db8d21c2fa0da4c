package org.sovereigntywatch.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.security.ApiTokenService;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parameter the API cannot use is a {@code 400} problem that names it and says what it takes, never an empty list
 * that a script would take for the truth, nor a stack trace.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiParameterProblemsTest {

    @Autowired WebApplicationContext context;
    @Autowired RunAs runAs;
    @Autowired ApiTokenService tokens;

    private ApiCalls api;
    private String token;

    @BeforeAll
    void aToken() {
        api = new ApiCalls(context, runAs, tokens);
        token = api.tokenOf("analyst");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "state=BOGUS          | state        | state must be one of DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED; not “BOGUS”.",
            "level=huge           | level        | level must be one of LOW, MEDIUM, HIGH, CRITICAL; not “huge”.",
            "jurisdiction=US,ZZ   | jurisdiction | No jurisdiction with the code ZZ: see /api/v1/jurisdictions.",
            "platform=abc         | platform     | No platform with the id or name abc: see /api/v1/platforms.",
            "platform=999999999   | platform     | No platform with the id or name 999999999: see /api/v1/platforms.",
            "platform=99999999999999999999 | platform | No platform with the id or name 99999999999999999999: see /api/v1/platforms.",
            "limit=1001           | limit        | limit must be between 1 and 1000, not 1001.",
            "limit=0              | limit        | limit must be between 1 and 1000, not 0.",
            "limit=ten            | limit        | limit must be a whole number; not “ten”.",
            "sort=owner           | sort         | sort must be one of changed, id, score, nextReview, title, each with a leading - for descending; not “owner”.",
            "cursor=%%%           | cursor       | cursor is not one this API gave: send nextCursor as it came.",
            "changedSince=monday  | changedSince | changedSince must be an instant in ISO 8601, such as 2026-12-01T00:00:00Z; not “monday”.",
            "openOnly=perhaps     | openOnly     | openOnly must be true or false; not “perhaps”.",
    })
    void a_bad_parameter_is_named_with_what_it_takes(String query, String parameter, String detail) {
        JsonNode problem = badRequest("/api/v1/concerns?" + query);

        assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        assertThat(problem.get("code").asString()).isEqualTo("bad-parameter");
        assertThat(problem.get("detail").asString()).isEqualTo(detail);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "score\\n12\\n20                      | title | This cursor continues sort=score, not sort=title: send it with the sort it came with.",
            "title\\nnot a number\\nA             | title | cursor is not one this API gave: send nextCursor as it came.",
            "changed\\n12\\nyesterday             | changed | cursor is not one this API gave: send nextCursor as it came.",
            "changed                            | changed | cursor is not one this API gave: send nextCursor as it came.",
    })
    void a_cursor_not_made_for_this_sort_is_refused(String payload, String sort, String detail) {
        String cursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8));

        JsonNode problem = badRequest("/api/v1/concerns?sort=" + sort + "&cursor=" + cursor);

        assertThat(problem.get("parameter").asString()).isEqualTo("cursor");
        assertThat(problem.get("detail").asString()).isEqualTo(detail);
    }

    @Test
    void a_list_read_by_id_only_refuses_a_descending_order() {
        JsonNode problem = badRequest("/api/v1/jurisdictions?sort=-id");

        assertThat(problem.get("parameter").asString()).isEqualTo("sort");
        assertThat(problem.get("detail").asString()).isEqualTo("This list is read by id, ascending only: sort=id, or no sort.");
    }

    @Test
    void a_client_that_takes_no_json_is_told_so_in_json() {
        MvcResult result = api.perform(ApiCalls.request(token, "/api/v1/concerns").accept(MediaType.TEXT_HTML));

        assertThat(result.getResponse().getStatus()).isEqualTo(406);
        assertThat(api.body(result).get("code").asString()).isEqualTo("not-acceptable");
    }

    private JsonNode badRequest(String address) {
        MvcResult result = api.get(token, address);
        assertThat(result.getResponse().getStatus()).as(address).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        return api.body(result);
    }
}
