package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a load balancer sees at {@code /actuator/health}: the node's state and nothing else, without signing in and
 * without a session for each look; every other actuator address stays closed.
 */
@ServerTest
class HealthCheckTest {

    @LocalServerPort
    int port;

    @Test
    void a_load_balancer_reads_up_without_signing_in_and_without_opening_a_session() {
        HttpResponse<String> health = new PlainBrowser(port, "192.0.2.41").get(SecurityConfig.HEALTH);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
        assertThat(health.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void no_other_actuator_address_answers_a_visitor() {
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/health/db"}) {
            HttpResponse<String> response = new PlainBrowser(port, "192.0.2.42").get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(PlainBrowser.location(response)).as(path).endsWith("/login");
        }
    }
}
