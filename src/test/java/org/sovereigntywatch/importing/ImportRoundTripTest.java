package org.sovereigntywatch.importing;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.base.TaskProgress;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.editorial.CommonFilter;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventFilter;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our own exports import back without a mapping question: export, take the items out, import the file (as CSV, and
 * as the XLSX a spreadsheet would save it as), export again — the same file but for ids and audit columns.
 */
@IntegrationTest
class ImportRoundTripTest {

    /** Columns that name rows of one database, or who and when: not the same after a round trip. */
    private static final Set<String> NOT_COMPARED = Set.of("id", "event_id", "measure_id", "created_by", "created_at",
            "modified_by", "modified_at");

    @Autowired ImportService imports;
    @Autowired ConcernService concerns;
    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired SourceService sources;
    @Autowired JurisdictionService jurisdictions;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;
    @TempDir Path folder;

    private Platform platform;
    private Source citation;

    @BeforeEach
    void aPlatformOfItsOwn() {
        platform = records.newPlatform();
        citation = as("analyst", () -> sources.save(new Source("Le Monde", "Une citation | avec barre "
                + UUID.randomUUID())));
    }

    @Test
    void the_concern_register_round_trips_as_csv() {
        Concern concern = records.newConcern(platform, "US", 4, 5);
        concern.setDescription("Two lines,\nwith \"quotes\" and a comma");
        concern.setPlatformClaim("=SUM(A1) looks like a formula");
        concern.setSources(Set.of(concern.getSources().iterator().next(), citation));
        Concern saved = records.create(concern);
        Concern other = records.create(records.newConcern(platform, "CA", 1, 2));
        byte[] exported = exportConcerns();
        as("analyst", () -> {
            concerns.delete(saved.getId(), saved.getVersion());
            concerns.delete(other.getId(), other.getVersion());
            return null;
        });

        ImportResult result = importAs(ImportKind.CONCERNS, ImportFiles.bytes(folder, "concerns.csv", exported));

        assertThat(result.problems()).isEmpty();
        assertThat(result.rowsNew()).isEqualTo(2);
        assertThat(compared(exportConcerns())).isEqualTo(compared(exported)).hasSize(3);
    }

    @Test
    void the_events_of_a_timeline_round_trip_as_csv_and_as_xlsx() {
        byte[] exported = timelineExported();

        ImportResult fromCsv = importAs(ImportKind.EVENTS, ImportFiles.bytes(folder, "events.csv", exported));

        assertThat(fromCsv.problems()).isEmpty();
        assertThat(fromCsv.rowsNew()).isEqualTo(4);
        assertThat(compared(exportEvents())).isEqualTo(compared(exported)).hasSize(5);

        deleteMeasuresOnPlatform();
        ImportResult fromXlsx = importAs(ImportKind.EVENTS, ImportFiles.xlsx(folder, parsed(exported)));

        assertThat(fromXlsx.problems()).isEmpty();
        assertThat(fromXlsx.rowsNew()).isEqualTo(4);
        assertThat(compared(exportEvents())).isEqualTo(compared(exported));
    }

    /** A draft measure with a step of each precision and state, one citing two sources; exported, then taken out. */
    private byte[] timelineExported() {
        PolicyMeasure measure = new PolicyMeasure("Round trip " + UUID.randomUUID());
        measure.setJurisdiction(as("viewer", () -> jurisdictions.findByCode("US").orElseThrow()));
        measure.setPlatforms(Set.of(platform));
        measure.setSummary("A measure");
        PolicyMeasure saved = as("analyst", () -> measures.create(measure));
        Source seed = as("viewer", () -> sources.findByUrl("https://viralmag.fr/?p=64330").orElseThrow());
        step(saved, PolicyDate.day(2024, 4, 24), EventAction.SIGNED, "Signed,\n\"in haste\"", false, false,
                Set.of(seed, citation));
        step(saved, PolicyDate.month(2021, 1), EventAction.IN_FORCE, "-1 a month", false, false, Set.of());
        step(saved, PolicyDate.year(2031), EventAction.DEADLINE, "A year ahead", true, false, Set.of());
        step(saved, PolicyDate.day(2030, 1, 1), EventAction.IN_FORCE, "Will not happen", true, true, Set.of(seed));
        byte[] exported = exportEvents();
        deleteMeasuresOnPlatform();
        return exported;
    }

    private void step(PolicyMeasure measure, PolicyDate date, EventAction action, String summary, boolean expected,
                      boolean cancelled, Set<Source> cited) {
        PolicyEvent event = new PolicyEvent(measure, date, action, summary);
        event.setExpected(expected);
        event.setCancelled(cancelled);
        event.setSources(cited);
        as("analyst", () -> events.save(event));
    }

    private void deleteMeasuresOnPlatform() {
        as("analyst", () -> {
            for (PolicyMeasure measure : measures.list(org.sovereigntywatch.timeline.MeasureFilter.ALL.withCommon(onPlatform()),
                    org.springframework.data.domain.Pageable.ofSize(50))) {
                measures.delete(measure.getId(), measure.getVersion());
            }
            return null;
        });
    }

    private ImportResult importAs(ImportKind kind, Path file) {
        ImportFile imported = new ImportFile(kind, file, file.getFileName().toString());
        return as("analyst", () -> {
            ColumnMapping mapping;
            try (var sheet = org.sovereigntywatch.base.sheet.SheetReader.open(file, file.toString())) {
                mapping = imports.guess(kind, sheet.header());
            } catch (org.sovereigntywatch.base.sheet.SheetException unreadable) {
                throw new IllegalStateException(unreadable);
            }
            assertThat(mapping.unused()).as("columns of our own export left unmapped")
                    .allMatch(imports.notImported(kind)::contains);
            assertThat(mapping.faults(imports.fields(kind))).isEmpty();
            return imports.commit(imported, mapping, false, TaskProgress.NONE);
        });
    }

    private CommonFilter onPlatform() {
        return CommonFilter.ANY.withPlatforms(Set.of(platform.getId()));
    }

    private byte[] exportConcerns() {
        return export(out -> concerns.exportCsv(ConcernFilter.ALL.withCommon(onPlatform()), Sort.by("title"), out));
    }

    private byte[] exportEvents() {
        return export(out -> events.exportCsv(EventFilter.ALL.withCommon(onPlatform()), Sort.unsorted(), out));
    }

    private interface Export {
        long to(ByteArrayOutputStream out) throws IOException;
    }

    private byte[] export(Export export) {
        return as("analyst", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                export.to(out);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
            return out.toByteArray();
        });
    }

    /** The file's rows, header first, as a spreadsheet holds them. */
    private static List<List<String>> parsed(byte[] csv) {
        List<List<String>> rows = new ArrayList<>();
        String text = new String(csv, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        for (CsvRecord record : CsvReader.builder().ofCsvRecord(text)) {
            rows.add(record.getFields());
        }
        return rows;
    }

    /** The rows without the columns a round trip cannot keep. */
    private static List<List<String>> compared(byte[] csv) {
        List<List<String>> rows = parsed(csv);
        List<String> header = rows.getFirst();
        return rows.stream().map(row -> {
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                if (!NOT_COMPARED.contains(header.get(i))) {
                    kept.add(row.get(i));
                }
            }
            return kept;
        }).toList();
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }
}
