package org.sovereigntywatch.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.dashboard.DashboardService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.ApiTokenService;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Jurisdictions, platforms, sources and the dashboard's figures through the API. */
@IntegrationTest
class ReferenceApiTest {

    @Autowired WebApplicationContext context;
    @Autowired RunAs runAs;
    @Autowired ApiTokenService tokens;
    @Autowired TestRecords records;
    @Autowired SourceService sources;
    @Autowired DashboardService dashboards;

    private ApiCalls api;
    private String viewer;

    @BeforeEach
    void aToken() {
        api = new ApiCalls(context, runAs, tokens);
        viewer = api.tokenOf("viewer");
    }

    @Test
    void every_jurisdiction_once_page_by_page_with_its_code_and_parent() {
        List<Long> read = api.allIds(viewer, "/api/v1/jurisdictions?limit=100", page -> { });

        assertThat(read).doesNotHaveDuplicates().hasSizeGreaterThan(250).isSorted();
        JsonNode montana = api.ok(viewer, "/api/v1/jurisdictions?q=US-MT").get("items").get(0);
        assertThat(montana.get("code").asString()).isEqualTo("US-MT");
        assertThat(montana.get("level").asString()).isEqualTo("SUBNATIONAL");
        assertThat(montana.get("parent").asString()).isEqualTo("US");
        assertThat(api.ok(viewer, "/api/v1/jurisdictions?level=SUPRANATIONAL").get("items"))
                .extracting(item -> item.get("code").asString()).contains("EU");
    }

    @Test
    void platforms_by_id_with_the_names_the_filters_take() {
        Platform platform = records.newPlatform();

        JsonNode found = api.ok(viewer, "/api/v1/platforms?q=" + platform.getName().substring(14)).get("items");

        assertThat(found).singleElement().satisfies(item -> {
            assertThat(item.get("id").asLong()).isEqualTo(platform.getId());
            assertThat(item.get("name").asString()).isEqualTo(platform.getName());
        });
        assertThat(api.allIds(viewer, "/api/v1/platforms?limit=2", page -> { })).doesNotHaveDuplicates().isSorted()
                .contains(platform.getId());
    }

    @Test
    void a_source_is_seen_through_what_cites_it() {
        String marker = "API source " + UUID.randomUUID();
        Source source = new Source("The API test desk", marker);
        Source recorded = runAs.user("analyst", () -> sources.save(source));

        assertThat(ids(api.ok(api.tokenOf("analyst"), "/api/v1/sources?q=" + marker))).containsExactly(recorded.getId());
        assertThat(ids(api.ok(viewer, "/api/v1/sources?q=" + marker))).as("cited by nothing a viewer sees").isEmpty();
        assertThat(api.allIds(viewer, "/api/v1/sources?limit=3", page -> { })).doesNotHaveDuplicates().isSorted()
                .isNotEmpty();
    }

    @Test
    void the_dashboards_figures_are_those_its_owner_sees_on_the_screen() {
        String analyst = records.userCovering(Role.ANALYST, "US");
        DashboardService.Dashboard screen = runAs.user(analyst, dashboards::load);

        JsonNode figures = api.ok(api.tokenOf(analyst), "/api/v1/dashboard");

        assertThat(figures.get("openConcerns").asLong()).isEqualTo(screen.openConcerns());
        assertThat(figures.get("measuresInForce").asLong()).isEqualTo(screen.measuresInForce());
        assertThat(figures.get("openConcernsByLevel").get("HIGH").asLong())
                .isEqualTo(screen.openByLevel().get(org.sovereigntywatch.concern.RiskLevel.HIGH));
        assertThat(figures.get("heatmap").size()).isEqualTo(screen.heatmap().size());
        assertThat(api.ok(viewer, "/api/v1/dashboard?asOf=2020-01-01T00:00:00Z").get("openConcerns").asLong())
                .as("before the demo data").isZero();
    }

    private static List<Long> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(item -> item.get("id").asLong()).toList();
    }
}
