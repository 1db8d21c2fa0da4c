package org.sovereigntywatch.report;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.concern.ConcernCounts;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventFilter;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureCounts;
import org.sovereigntywatch.timeline.MeasureFilter;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereigntywatch.editorial.PublicationState.IN_REVIEW;
import static org.sovereigntywatch.editorial.PublicationState.PUBLISHED;

/**
 * Every summary — the dashboard's and the reports' counts by level, jurisdiction, platform and status, the heatmap,
 * the latest events — counts only what the caller may see: no draft for a viewer nor for an analyst outside the
 * draft's jurisdiction, every one for the analyst covering it.
 */
@IntegrationTest
class SummariesCountWhatTheCallerSeesTest {

    @Autowired ConcernService concerns;
    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired ReportService reports;
    @Autowired JurisdictionService jurisdictions;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    @Test
    void a_viewer_and_an_analyst_outside_the_scope_count_no_draft_in_any_summary() {
        String canadianAnalyst = records.userCovering(Role.ANALYST, "CA");
        Platform platform = records.newPlatform();
        records.publish(records.create(records.newConcern(platform, "US", 4, 4)));
        records.create(records.newConcern(platform, "US", 5, 5));
        // Before the timeline tests' window (2020-2025), whose lanes and crowded weeks count every published event.
        publish(measureInForce(platform, PolicyDate.day(2019, 9, 20)));
        measureInForce(platform, PolicyDate.day(2025, 1, 19));

        for (String outsider : List.of("viewer", canadianAnalyst)) {
            Counts counts = as(outsider, () -> counts(platform));
            assertThat(counts).as(outsider).isEqualTo(new Counts(1, 16, 2, 2, 1, 1, 1, 1, 1, 1,
                    PolicyDate.day(2019, 9, 20)));
        }
        assertThat(as("analyst", () -> counts(platform))).isEqualTo(new Counts(2, 25, 4, 4, 2, 2, 2, 2, 2, 2,
                PolicyDate.day(2025, 1, 19)));
    }

    /** What each summary says about the platform's concerns and measures, for the signed-in user. */
    private Counts counts(Platform platform) {
        ConcernFilter concernFilter = ConcernFilter.ALL.withPlatforms(Set.of(platform.getId()));
        MeasureFilter measureFilter = MeasureFilter.ALL.withPlatforms(Set.of(platform.getId()));
        ReportFilter reportFilter = new ReportFilter(Set.of(), Set.of(platform.getId()), null, null, Set.of());
        SummaryRow summary = reports.summary(Report.PLATFORMS, reportFilter).getFirst();
        return new Counts(
                concerns.countOpenByScore(concernFilter).stream().mapToLong(ConcernCounts.ByScore::count).sum(),
                concerns.heatmap(concernFilter).stream().mapToInt(ConcernCounts.HeatCell::maxScore).max().orElse(0),
                concerns.heatmap(concernFilter).stream().mapToLong(ConcernCounts.HeatCell::count).sum(),
                concerns.countOpenByJurisdictionAndScore(concernFilter).stream()
                        .mapToLong(ConcernCounts.ByKeyAndScore::count).sum(),
                concerns.countOpenByPlatformAndScore(concernFilter).stream()
                        .mapToLong(ConcernCounts.ByKeyAndScore::count).sum(),
                measures.countByJurisdictionAndStatus(measureFilter).stream()
                        .mapToLong(MeasureCounts.ByKeyAndStatus::count).sum(),
                measures.countByPlatformAndStatus(measureFilter).stream()
                        .mapToLong(MeasureCounts.ByKeyAndStatus::count).sum(),
                events.count(EventFilter.ALL.withPlatforms(Set.of(platform.getId()))),
                summary.measures(),
                summary.openConcerns(),
                summary.latestEvent());
    }

    /**
     * Open concerns by score, the highest score and the count on the heatmap (both sides of a concern), open concerns
     * by jurisdiction (both sides) and by platform, measures by jurisdiction and by platform, events, and the platform
     * summary's measures, open concerns and latest event.
     */
    private record Counts(long openByScore, int heatmapHighest, long heatmapCount, long openByJurisdiction,
                          long openByPlatform, long measuresByJurisdiction, long measuresByPlatform, long events,
                          long summaryMeasures, long summaryOpenConcerns, PolicyDate summaryLatestEvent) {
    }

    private PolicyMeasure measureInForce(Platform platform, PolicyDate date) {
        PolicyMeasure measure = new PolicyMeasure("Summary measure " + UUID.randomUUID());
        measure.setJurisdiction(as("viewer", () -> jurisdictions.findByCode("US").orElseThrow()));
        measure.setPlatforms(Set.of(platform));
        PolicyMeasure created = as("analyst", () -> measures.create(measure));
        as("analyst", () -> events.save(new PolicyEvent(created, date, EventAction.IN_FORCE, "In force")));
        return created;
    }

    private void publish(PolicyMeasure measure) {
        PolicyMeasure current = as("analyst", () -> measures.get(measure.getId()));
        PolicyMeasure submitted = as("analyst", () -> measures.move(current.getId(), current.getVersion(), IN_REVIEW, null));
        as("reviewer", () -> measures.move(submitted.getId(), submitted.getVersion(), PUBLISHED, null));
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }
}
