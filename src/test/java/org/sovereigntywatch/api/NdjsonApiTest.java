package org.sovereigntywatch.api;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.SecurityEventFilter;
import org.sovereigntywatch.security.SecurityEventType;
import org.sovereigntywatch.security.SecurityLogService;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk pulls as NDJSON: every item the list would give for the filters, one JSON object a line, the same objects as
 * the list's, noted in the security log as an export.
 */
class NdjsonApiTest extends ApiTest {

    @Autowired SecurityLogService securityLog;

    private final JsonMapper json = JsonMapper.builder().build();


    @Test
    void every_concern_a_line_as_the_list_gives_it_and_the_pull_is_logged() {
        String owner = records.userCovering(Role.VIEWER, "US");
        String token = api.tokenOf(owner);
        Concern first = records.publish(records.create(records.newConcern(platform, "US", 2, 2)));
        Concern second = records.publish(records.create(records.newConcern(platform, "US", 3, 4)));
        records.create(records.newConcern(platform, "US", 5, 5));

        MvcResult result = api.get(token, "/api/v1/concerns.ndjson?platform=" + platform.getId());

        assertThat(result.getResponse().getContentType()).startsWith("application/x-ndjson");
        List<JsonNode> lines = lines(result);
        assertThat(lines).extracting(line -> line.get("id").asLong()).containsExactly(first.getId(), second.getId());
        assertThat(lines.get(1)).isEqualTo(api.ok(token, "/api/v1/concerns/" + second.getId()));
        assertThat(runAs.user("admin", () -> securityLog.list(SecurityEventFilter.ALL.withUser(owner)
                .withType(SecurityEventType.EXPORT), PageRequest.of(0, 5)))).singleElement()
                .satisfies(event -> assertThat(event.detail()).startsWith("Concern register (NDJSON), 2 rows; filter: "));
    }

    @Test
    void every_event_a_line_with_the_filters_applied() {
        PolicyMeasure measure = records.publish(records.createMeasure(platform, "US"));
        PolicyEvent adopted = records.addEvent(measure, LocalDate.of(1994, 4, 24), EventAction.ADOPTED);
        PolicyEvent inForce = records.addEvent(measure, LocalDate.of(1995, 1, 19), EventAction.IN_FORCE);
        String token = api.tokenOf("viewer");

        List<JsonNode> all = lines(api.get(token, "/api/v1/events.ndjson?platform=" + platform.getId()));
        List<JsonNode> inForceOnly = lines(api.get(token, "/api/v1/events.ndjson?platform=" + platform.getId()
                + "&action=IN_FORCE"));

        assertThat(all).extracting(line -> line.get("id").asLong()).containsExactly(adopted.getId(), inForce.getId());
        assertThat(all.get(1)).isEqualTo(api.ok(token, "/api/v1/events/" + inForce.getId()));
        assertThat(inForceOnly).extracting(line -> line.get("id").asLong()).containsExactly(inForce.getId());
    }

    @Test
    void a_pull_with_a_bad_filter_is_a_problem_before_any_line() {
        MvcResult result = api.get(api.tokenOf("viewer"), "/api/v1/events.ndjson?action=SOMETIMES");

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.body(result).get("parameter").asString()).isEqualTo("action");
    }

    private List<JsonNode> lines(MvcResult result) {
        String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(body).endsWith("\n");
        return Arrays.stream(body.split("\n")).map(json::readTree).toList();
    }
}
