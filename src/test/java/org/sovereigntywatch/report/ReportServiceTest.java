package org.sovereigntywatch.report;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernCounts;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each report on a dataset of its own: a platform made for the test, so its rows are known whatever else the shared
 * database holds.
 */
@IntegrationTest
class ReportServiceTest {

    @Autowired ReportService reports;
    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired PlatformService platforms;
    @Autowired JurisdictionService jurisdictions;
    @Autowired RunAs runAs;
    @Autowired TestRecords records;
    @Autowired ConcernService concerns;

    @Test
    void the_concern_register_report_lists_the_filtered_concerns_and_a_viewer_gets_no_draft() throws IOException {
        Platform platform = records.newPlatform();
        Concern published = records.publish(concern(platform, "NP", 4, 5));
        concern(platform, "NP", 2, 2);
        ReportFilter mine = byPlatform(platform);

        List<CsvRecord> viewer = csv("viewer", Report.CONCERNS, mine);
        assertThat(viewer.getFirst().getFields()).startsWith("id", "title", "platform", "affected_jurisdiction");
        assertThat(viewer).hasSize(2);
        assertThat(viewer.get(1).getField(1)).isEqualTo(published.getTitle());
        assertThat(viewer.get(1).getFields()).contains("PUBLISHED").doesNotContain("DRAFT");
        assertThat(csv("analyst", Report.CONCERNS, mine)).hasSize(3);
        assertThat(as("viewer", () -> reports.count(Report.CONCERNS, mine))).isEqualTo(1);
    }

    @Test
    void the_events_report_takes_the_date_range_and_the_states() throws IOException {
        Platform platform = records.newPlatform();
        PolicyMeasure measure = measure(platform, "NP");
        event(measure, PolicyDate.day(2023, 11, 13), EventAction.ANNOUNCED);
        event(measure, PolicyDate.month(2024, 8), EventAction.LIFTED);
        ReportFilter mine = byPlatform(platform);

        assertThat(csv("analyst", Report.EVENTS, mine)).hasSize(3);
        List<CsvRecord> in2024 = csv("analyst", Report.EVENTS, new ReportFilter(Set.of(), Set.of(platform.getId()),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Set.of()));
        assertThat(in2024).hasSize(2);
        assertThat(in2024.get(1).getFields()).contains("2024-08", "MONTH", "LIFTED");
        assertThat(csv("analyst", Report.EVENTS, new ReportFilter(Set.of(), Set.of(platform.getId()), null, null,
                Set.of(PublicationState.PUBLISHED)))).hasSize(1);
        assertThat(csv("viewer", Report.EVENTS, mine)).hasSize(1);
    }

    @Test
    void the_summaries_have_one_row_per_jurisdiction_or_platform_with_measures_concerns_and_latest_event()
            throws IOException {
        Platform platform = records.newPlatform();
        PolicyMeasure lifted = measure(platform, "NP");
        event(lifted, PolicyDate.day(2023, 11, 13), EventAction.IN_FORCE);
        event(lifted, PolicyDate.day(2024, 8, 22), EventAction.LIFTED);
        PolicyMeasure inForce = measure(platform, "IN");
        event(inForce, PolicyDate.day(2020, 6, 29), EventAction.IN_FORCE);
        measure(platform, "IN");
        concern(platform, "NP", 5, 5);
        concern(platform, "NP", 1, 1);
        ReportFilter mine = byPlatform(platform);

        List<CsvRecord> byPlatform = csv("analyst", Report.PLATFORMS, mine);
        assertThat(byPlatform.getFirst().getFields()).containsExactly("platform", "measures", "measures_no_event_yet",
                "measures_enacting", "measures_in_force", "measures_court", "measures_halting", "measures_ending",
                "measures_deadline", "measures_other", "open_concerns", "open_concerns_low", "open_concerns_medium",
                "open_concerns_high", "open_concerns_critical", "latest_event_date");
        assertThat(byPlatform).hasSize(2);
        CsvRecord row = byPlatform.get(1);
        assertThat(value(byPlatform, row, "platform")).isEqualTo(platform.getName());
        assertThat(value(byPlatform, row, "measures")).isEqualTo("3");
        assertThat(value(byPlatform, row, "measures_no_event_yet")).isEqualTo("1");
        assertThat(value(byPlatform, row, "measures_in_force")).isEqualTo("1");
        assertThat(value(byPlatform, row, "measures_ending")).isEqualTo("1");
        assertThat(value(byPlatform, row, "open_concerns")).isEqualTo("2");
        assertThat(value(byPlatform, row, "open_concerns_critical")).isEqualTo("1");
        assertThat(value(byPlatform, row, "open_concerns_low")).isEqualTo("1");
        assertThat(value(byPlatform, row, "latest_event_date")).isEqualTo("2024-08-22");

        List<CsvRecord> byJurisdiction = csv("analyst", Report.JURISDICTIONS, mine);
        assertThat(byJurisdiction).extracting(record -> record.getField(0))
                .containsExactly("jurisdiction", "CN", "IN", "NP");
        CsvRecord nepal = byJurisdiction.get(3);
        assertThat(value(byJurisdiction, nepal, "measures_ending")).isEqualTo("1");
        assertThat(value(byJurisdiction, nepal, "open_concerns")).isEqualTo("2");
        CsvRecord china = byJurisdiction.get(1);
        assertThat(value(byJurisdiction, china, "open_concerns")).isEqualTo("2");
        assertThat(value(byJurisdiction, china, "measures")).isEqualTo("0");
        assertThat(as("analyst", () -> reports.count(Report.JURISDICTIONS, mine))).isEqualTo(3);
    }

    @Test
    void a_jurisdiction_filter_bounds_the_summary_rows_though_concerns_match_by_either_side() throws IOException {
        Platform platform = records.newPlatform();
        concern(platform, "NP", 3, 3);
        ReportFilter nepal = new ReportFilter(Set.of("NP"), Set.of(platform.getId()), null, null, Set.of());

        assertThat(csv("analyst", Report.JURISDICTIONS, nepal)).extracting(record -> record.getField(0))
                .containsExactly("jurisdiction", "NP");
        assertThat(csv("analyst", Report.CONCERNS, nepal)).hasSize(2);
        assertThat(as("analyst", () -> concerns.heatmap(nepal.concerns())))
                .extracting(ConcernCounts.HeatCell::jurisdiction).containsExactly("NP");
        ReportFilter china = new ReportFilter(Set.of("CN"), Set.of(platform.getId()), null, null, Set.of());
        assertThat(csv("analyst", Report.JURISDICTIONS, china)).extracting(record -> record.getField(0))
                .containsExactly("jurisdiction", "CN");
    }

    @Test
    void the_latest_event_date_of_a_summary_is_as_precise_as_that_event_and_a_step_that_did_not_happen_is_left_out()
            throws IOException {
        Platform platform = records.newPlatform();
        PolicyMeasure india = measure(platform, "IN");
        event(india, PolicyDate.day(2020, 6, 29), EventAction.IN_FORCE);
        event(india, PolicyDate.month(2021, 1), EventAction.IN_FORCE);
        PolicyMeasure nepal = measure(platform, "NP");
        event(nepal, PolicyDate.year(2019), EventAction.ANNOUNCED);
        PolicyEvent enjoined = new PolicyEvent(nepal, PolicyDate.day(2024, 1, 1), EventAction.IN_FORCE, "Enjoined first");
        enjoined.setExpected(true);
        enjoined.setCancelled(true);
        as("analyst", () -> events.save(enjoined));
        ReportFilter mine = byPlatform(platform);

        List<CsvRecord> byJurisdiction = csv("analyst", Report.JURISDICTIONS, mine);
        assertThat(byJurisdiction).extracting(record -> record.getField(0)).containsExactly("jurisdiction", "IN", "NP");
        assertThat(value(byJurisdiction, byJurisdiction.get(1), "latest_event_date")).isEqualTo("2021-01");
        assertThat(value(byJurisdiction, byJurisdiction.get(2), "latest_event_date")).isEqualTo("2019");
        List<CsvRecord> byPlatform = csv("analyst", Report.PLATFORMS, mine);
        assertThat(value(byPlatform, byPlatform.get(1), "latest_event_date")).isEqualTo("2021-01");
        assertThat(as("analyst", () -> reports.summary(Report.PLATFORMS, mine)).getFirst().latestEvent())
                .isEqualTo(PolicyDate.month(2021, 1));
    }

    @ParameterizedTest
    @EnumSource(Report.class)
    void a_report_with_no_rows_is_the_header_alone(Report report) throws IOException {
        ReportFilter nothing = byPlatform(records.newPlatform());
        List<CsvRecord> csv = csv("viewer", report, nothing);
        assertThat(csv).hasSize(1);
        assertThat(csv.getFirst().getFieldCount()).isGreaterThan(5);
        assertThat(as("viewer", () -> reports.count(report, nothing))).isZero();
    }

    // --- helpers ---

    private static String value(List<CsvRecord> csv, CsvRecord row, String column) {
        return row.getField(csv.getFirst().getFields().indexOf(column));
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }

    private static ReportFilter byPlatform(Platform platform) {
        return new ReportFilter(Set.of(), Set.of(platform.getId()), null, null, Set.of());
    }

    private Jurisdiction jurisdiction(String code) {
        return as("viewer", () -> jurisdictions.findByCode(code).orElseThrow());
    }

    private Concern concern(Platform platform, String affected, int likelihood, int impact) {
        return records.create(records.newConcern(platform, affected, likelihood, impact));
    }

    private PolicyMeasure measure(Platform platform, String jurisdiction) {
        PolicyMeasure measure = new PolicyMeasure("Report measure " + UUID.randomUUID());
        measure.setJurisdiction(jurisdiction(jurisdiction));
        measure.setPlatforms(Set.of(platform));
        return as("analyst", () -> measures.create(measure));
    }

    private void event(PolicyMeasure measure, PolicyDate date, EventAction action) {
        as("analyst", () -> events.save(new PolicyEvent(measure, date, action, action.name())));
    }

    private List<CsvRecord> csv(String username, Report report, ReportFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(username, () -> {
            try {
                return reports.write(report, filter, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text.substring(1))) {
            return reader.stream().toList();
        }
    }
}
