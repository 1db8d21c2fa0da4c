package org.sovereigntywatch.report;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.SecurityEventFilter;
import org.sovereigntywatch.security.SecurityEventRow;
import org.sovereigntywatch.security.SecurityEventType;
import org.sovereigntywatch.security.SecurityLogService;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventFilter;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyArea;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every CSV download, from a register or the reports, is noted once in the security log, after it is written: who,
 * which export, with which filter in words, how many rows. Each test filters by a platform of its own, whose unique
 * name finds its notes.
 */
@IntegrationTest
class ExportLogTest {

    @Autowired ConcernService concerns;
    @Autowired EventService events;
    @Autowired ReportService reports;
    @Autowired SecurityLogService log;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;
    @Autowired MeasureService measures;
    @Autowired JurisdictionService jurisdictions;

    @Test
    void a_concern_register_download_is_noted_with_who_the_filter_and_the_rows_the_caller_got() {
        Platform platform = records.newPlatform();
        records.publish(records.create(records.newConcern(platform, "NP", 4, 5)));
        records.create(records.newConcern(platform, "NP", 2, 2));
        ConcernFilter filter = ConcernFilter.ALL.withPlatforms(Set.of(platform.getId())).withOpenOnly(true);

        runAs.user("viewer", () -> write(out -> concerns.exportCsv(filter, Sort.unsorted(), out)));

        assertThat(notesAbout(platform)).singleElement().satisfies(note -> {
            assertThat(note.actor()).isEqualTo("viewer");
            assertThat(note.detail()).isEqualTo(
                    "Concern register, 1 row; filter: platform " + platform.getName() + "; open only");
        });
    }

    @Test
    void an_events_download_names_its_dates() {
        Platform platform = records.newPlatform();
        PolicyMeasure measure = draftMeasure(platform);
        for (PolicyDate date : List.of(PolicyDate.month(2022, 5), PolicyDate.day(2024, 3, 1))) {
            runAs.user("analyst", () -> events.save(new PolicyEvent(measure, date, EventAction.ANNOUNCED, "Step")));
        }
        EventFilter filter = EventFilter.ALL.withPlatforms(Set.of(platform.getId()))
                .between(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31))
                .withStates(Set.of(PublicationState.DRAFT));

        runAs.user("analyst", () -> write(out -> events.exportCsv(filter, Sort.unsorted(), out)));

        assertThat(notesAbout(platform)).extracting(SecurityEventRow::actor, SecurityEventRow::detail)
                .containsExactly(tuple("analyst", "Policy events, 1 row; filter: platform " + platform.getName()
                        + "; dates from 2023-01-01 to 2024-12-31; measure state DRAFT"));
    }

    @Test
    void each_report_download_is_noted_once_by_its_name() {
        Platform platform = records.newPlatform();
        records.create(records.newConcern(platform, "NP", 3, 3));
        ReportFilter filter = new ReportFilter(Set.of("NP"), Set.of(platform.getId()), null, null, Set.of());

        for (Report report : List.of(Report.CONCERNS, Report.JURISDICTIONS)) {
            runAs.user("analyst", () -> write(out -> reports.write(report, filter, out)));
        }

        assertThat(notesAbout(platform)).extracting(SecurityEventRow::detail).containsExactly(
                "Jurisdiction summary, 1 row; filter: jurisdiction NP; platform " + platform.getName(),
                "Concern register, 1 row; filter: jurisdiction NP; platform " + platform.getName());
    }

    private PolicyMeasure draftMeasure(Platform platform) {
        PolicyMeasure measure = new PolicyMeasure("Logged measure " + platform.getName());
        measure.setJurisdiction(runAs.user("viewer", () -> jurisdictions.findByCode("NP").orElseThrow()));
        measure.setPlatforms(Set.of(platform));
        measure.setPolicyArea(PolicyArea.NATIONAL_SECURITY);
        measure.setInstrument(Instrument.LAW);
        return runAs.user("analyst", () -> measures.create(measure));
    }

    /** The log's export notes that name the platform, newest first. */
    private List<SecurityEventRow> notesAbout(Platform platform) {
        return runAs.user("admin", () -> log.list(SecurityEventFilter.ALL.withType(SecurityEventType.EXPORT)
                .withText(platform.getName()), PageRequest.of(0, 10)));
    }

    @FunctionalInterface
    private interface Export {
        long writeTo(ByteArrayOutputStream out) throws IOException;
    }

    private static long write(Export export) {
        try {
            return export.writeTo(new ByteArrayOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
