package org.sovereigntywatch.dashboard;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernCounts.HeatCell;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.concern.TreatmentStatus;
import org.sovereigntywatch.dashboard.DashboardService.Dashboard;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventFilter;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's aggregates, checked by the difference a known set of records makes to them (other tests share the
 * database), for a viewer and an analyst.
 */
@IntegrationTest
class DashboardServiceTest {

    @Autowired DashboardService dashboards;
    @Autowired ConcernService concerns;
    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired PlatformService platforms;
    @Autowired JurisdictionService jurisdictions;
    @Autowired RunAs runAs;
    @Autowired TestRecords records;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void each_figure_counts_what_it_says_and_a_viewer_counts_published_items_only() {
        Platform platform = records.newPlatform();
        Dashboard viewerBefore = as("viewer", dashboards::load);
        Dashboard analystBefore = as("analyst", dashboards::load);

        records.publish(concern(platform, "NP", 5, 5, TreatmentStatus.OPEN, null));                 // critical, open
        records.publish(concern(platform, "NP", 1, 2, TreatmentStatus.MONITORING, LocalDate.now().minusDays(2))); // low, overdue
        records.publish(concern(platform, "NP", 4, 4, TreatmentStatus.CLOSED, null));               // settled: not counted
        concern(platform, "NP", 3, 3, TreatmentStatus.OPEN, null);                          // medium draft
        publishedMeasureInForceWithADeadlineIn(10);

        Dashboard viewer = as("viewer", dashboards::load);
        assertThat(viewer.openByLevel().get(RiskLevel.CRITICAL) - viewerBefore.openByLevel().get(RiskLevel.CRITICAL))
                .isEqualTo(1);
        assertThat(viewer.openByLevel().get(RiskLevel.LOW) - viewerBefore.openByLevel().get(RiskLevel.LOW)).isEqualTo(1);
        assertThat(viewer.openByLevel().get(RiskLevel.HIGH) - viewerBefore.openByLevel().get(RiskLevel.HIGH)).isZero();
        assertThat(viewer.openByLevel().get(RiskLevel.MEDIUM) - viewerBefore.openByLevel().get(RiskLevel.MEDIUM))
                .isZero();
        assertThat(viewer.overdueReviews() - viewerBefore.overdueReviews()).isEqualTo(1);
        assertThat(viewer.measuresInForce() - viewerBefore.measuresInForce()).isEqualTo(1);
        assertThat(viewer.expectedSoon() - viewerBefore.expectedSoon()).isEqualTo(1);

        Dashboard analyst = as("analyst", dashboards::load);
        assertThat(analyst.openByLevel().get(RiskLevel.MEDIUM) - analystBefore.openByLevel().get(RiskLevel.MEDIUM))
                .isEqualTo(1);
        assertThat(analyst.openConcerns() - analystBefore.openConcerns()).isEqualTo(3);
        assertThat(viewer.openConcerns() - viewerBefore.openConcerns()).isEqualTo(2);
    }

    @Test
    void a_step_that_did_not_happen_is_not_expected_soon_nor_among_the_deadlines() {
        Dashboard before = as("analyst", dashboards::load);
        PolicyMeasure measure = new PolicyMeasure("Dashboard measure " + UUID.randomUUID());
        measure.setJurisdiction(as("viewer", () -> jurisdictions.findByCode("NP").orElseThrow()));
        measure.setPlatforms(Set.of(as("viewer", () -> platforms.findByName("TikTok").orElseThrow())));
        PolicyMeasure saved = as("analyst", () -> measures.create(measure));
        PolicyEvent enjoined = new PolicyEvent(saved, new PolicyDate(LocalDate.now().plusDays(5),
                org.sovereigntywatch.timeline.DatePrecision.DAY), EventAction.IN_FORCE, "Enjoined before it comes");
        enjoined.setExpected(true);
        enjoined.setCancelled(true);
        as("analyst", () -> events.save(enjoined));

        assertThat(as("analyst", dashboards::load).expectedSoon()).isEqualTo(before.expectedSoon());
        assertThat(as("analyst", () -> events.upcoming(EventFilter.ALL.withText("Enjoined before it comes"),
                DashboardService.DUE_WITHIN_DAYS, 10))).isEmpty();
    }

    @Test
    void a_heatmap_cell_holds_the_highest_level_and_the_count_of_open_concerns_on_both_sides() {
        Platform platform = records.newPlatform();
        records.publish(concern(platform, "NP", 2, 2, TreatmentStatus.OPEN, null));
        records.publish(concern(platform, "NP", 4, 4, TreatmentStatus.OPEN, null));
        records.publish(concern(platform, "NP", 5, 5, TreatmentStatus.ACCEPTED, null));

        Dashboard viewer = as("viewer", dashboards::load);
        assertThat(cell(viewer, "NP", platform)).isEqualTo(new HeatCell("NP", platform.getName(), 16, 2));
        assertThat(cell(viewer, "NP", platform).level()).isEqualTo(RiskLevel.HIGH);
        // The accessing jurisdiction (CN) gets the same concerns in its own row.
        assertThat(cell(viewer, "CN", platform).count()).isEqualTo(2);
        // And the register, filtered as either cell links to it, lists them from either side.
        ConcernFilter cellConcerns = ConcernFilter.ALL.withPlatforms(Set.of(platform.getId())).withOpenOnly(true);
        for (String side : Set.of("NP", "CN")) {
            assertThat(as("viewer", () -> concerns.count(cellConcerns.withJurisdictions(Set.of(side))))).isEqualTo(2);
        }
    }

    @Test
    void the_recent_changes_start_with_the_latest_change_and_say_who_made_it() {
        Concern concern = records.publish(concern(records.newPlatform(), "US", 2, 3, TreatmentStatus.OPEN, null));
        Dashboard viewer = as("viewer", dashboards::load);
        assertThat(viewer.recentChanges()).hasSizeLessThanOrEqualTo(DashboardService.RECENT_CHANGES);
        DashboardService.Change latest = viewer.recentChanges().getFirst();
        assertThat(latest.title()).isEqualTo(concern.getTitle());
        assertThat(latest.by()).isEqualTo("reviewer");
        assertThat(latest.state()).isEqualTo(PublicationState.PUBLISHED);
    }

    @Test
    void loading_the_dashboard_takes_the_same_few_queries_whatever_the_size_of_the_record() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statementsFor(statistics); // the first load looks up the ids of the analyst's jurisdictions, once
        long before = statementsFor(statistics);
        Platform platform = records.newPlatform();
        for (int i = 0; i < 12; i++) {
            records.publish(concern(platform, "IN", 1 + i % 5, 1 + i % 4, TreatmentStatus.OPEN, null));
            publishedMeasureInForceWithADeadlineIn(5 + i);
        }
        long after = statementsFor(statistics);
        assertThat(after).isEqualTo(before).isLessThanOrEqualTo(7);
    }

    // --- helpers ---

    /** The statements one dashboard load prepares, counted after signing in (which reads the user). */
    private long statementsFor(Statistics statistics) {
        return as("analyst", () -> {
            statistics.clear();
            dashboards.load();
            return statistics.getPrepareStatementCount();
        });
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }

    private HeatCell cell(Dashboard dashboard, String jurisdiction, Platform platform) {
        return dashboard.heatmap().stream()
                .filter(cell -> cell.jurisdiction().equals(jurisdiction) && cell.platform().equals(platform.getName()))
                .findFirst().orElseThrow();
    }

    private Concern concern(Platform platform, String affected, int likelihood, int impact, TreatmentStatus treatment,
                            LocalDate nextReview) {
        Concern concern = records.newConcern(platform, affected, likelihood, impact);
        concern.setTreatmentStatus(treatment);
        concern.setNextReview(nextReview);
        return records.create(concern);
    }

    private void publishedMeasureInForceWithADeadlineIn(int days) {
        PolicyMeasure measure = new PolicyMeasure("Dashboard measure " + UUID.randomUUID());
        measure.setJurisdiction(as("viewer", () -> jurisdictions.findByCode("NP").orElseThrow()));
        measure.setPlatforms(Set.of(as("viewer", () -> platforms.findByName("TikTok").orElseThrow())));
        PolicyMeasure saved = as("analyst", () -> measures.create(measure));
        as("analyst", () -> events.save(new PolicyEvent(saved, PolicyDate.day(2024, 1, 1), EventAction.IN_FORCE,
                "In force")));
        PolicyEvent deadline = new PolicyEvent(saved, new PolicyDate(LocalDate.now().plusDays(days),
                org.sovereigntywatch.timeline.DatePrecision.DAY), EventAction.DEADLINE, "Deadline");
        deadline.setExpected(true);
        as("analyst", () -> events.save(deadline));
        PolicyMeasure current = as("analyst", () -> measures.get(saved.getId()));
        PolicyMeasure submitted = as("analyst", () -> measures.move(current.getId(), current.getVersion(),
                PublicationState.IN_REVIEW, null));
        as("reviewer", () -> measures.move(submitted.getId(), submitted.getVersion(), PublicationState.PUBLISHED, null));
    }
}
