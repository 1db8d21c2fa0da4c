package org.sovereigntywatch.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.base.TaskProgress;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.DatePrecision;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.EventStatus;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A timeline kept in a team's own spreadsheet, imported as the demo analyst (who covers the US and Montana): the
 * mapping, the dry run that writes nothing, the commit, the record of the import, and a second import of the same file
 * that creates nothing.
 */
@IntegrationTest
class ImportServiceTest {

    @Autowired ImportService imports;
    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired RunAs runAs;
    @TempDir Path folder;

    private final String signed = "Montana SB 419 " + UUID.randomUUID();
    private final String federal = "Federal app rules " + UUID.randomUUID();
    private final String page = "https://example.org/montana-" + UUID.randomUUID();

    /** Semicolons, as French Excel writes them, and the team's own column names, one of which no field recognises. */
    private Path ownTimeline() {
        return ImportFiles.csv(folder,
                "Quand;Pays;Mesure;Plateforme;Étape;Ce qui s'est passé;Source",
                "2023-05-17;Montana;" + signed + ";TikTok;Signed;The governor signs the ban;"
                        + "Montana Free Press — Gianforte signs TikTok ban " + UUID.randomUUID(),
                "2023-11;US-MT;" + signed + ";tiktok;Injunction;\"A judge blocks the ban,\nweeks before it starts\";"
                        + page,
                "2024;United States;" + federal + ";TikTok|WeChat;announced;A year-precision step;");
    }

    private ImportFile file(Path path) {
        return new ImportFile(ImportKind.EVENTS, path, "timeline.csv");
    }

    private ColumnMapping mapped(ImportFile file) {
        ColumnMapping guessed = as("analyst", () -> imports.guess(ImportKind.EVENTS, List.of("Quand", "Pays",
                "Mesure", "Plateforme", "Étape", "Ce qui s'est passé", "Source")));
        assertThat(guessed.fields()).containsExactly("date", "jurisdiction", "measure_title", "platforms", "action",
                null, "sources");
        assertThat(guessed.faults(as("analyst", () -> imports.fields(ImportKind.EVENTS)))).extracting(this::english)
                .containsExactly("No column gives ‘Summary’ (summary): choose the column that does.");
        return guessed.with(5, "summary");
    }

    @Test
    void a_dry_run_counts_every_row_and_writes_nothing() {
        ImportFile file = file(ownTimeline());

        ImportResult checked = as("analyst", () -> imports.check(file, mapped(file), TaskProgress.NONE));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.rows()).isEqualTo(3);
        assertThat(checked.rowsNew()).isEqualTo(3);
        assertThat(checked.written()).isFalse();
        assertThat(measuresTitled(signed)).isEmpty();
    }

    @Test
    void a_commit_writes_the_rows_as_drafts_with_their_measures_and_sources_and_says_which_import_brought_them() {
        ImportFile file = file(ownTimeline());

        ImportResult imported = as("analyst", () -> imports.commit(file, mapped(file), false, TaskProgress.NONE));

        assertThat(imported.written()).isTrue();
        assertThat(imported.rowsNew()).isEqualTo(3);
        PolicyMeasure measure = measuresTitled(signed).getFirst();
        assertThat(measure.getJurisdiction().getCode()).isEqualTo("US-MT");
        assertThat(measure.getState()).hasToString("DRAFT");
        assertThat(measure.getCreatedBy()).isEqualTo("analyst");
        List<PolicyEvent> steps = as("analyst", () -> events.eventsOf(measure.getId()));
        assertThat(steps).extracting(PolicyEvent::getAction).containsExactly(EventAction.SIGNED, EventAction.INJUNCTION);
        PolicyEvent enjoined = steps.get(1);
        assertThat(enjoined.getPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(enjoined.getSummary()).isEqualTo("A judge blocks the ban,\nweeks before it starts");
        assertThat(enjoined.getStatus()).isEqualTo(EventStatus.HAPPENED);
        assertThat(enjoined.getSources()).singleElement().satisfies(source -> assertThat(source.getUrl())
                .isEqualTo(page));
        assertThat(steps.getFirst().getSources()).singleElement().satisfies(source -> {
            assertThat(source.getUrl()).isNull();
            assertThat(source.getPublisher()).isEqualTo("Montana Free Press");
        });
        long federalId = measuresTitled(federal).getFirst().getId();
        assertThat(as("analyst", () -> measures.get(federalId).getPlatforms())).hasSize(2);

        ImportRecord record = as("analyst", () -> imports.bringing("measure", measure.getId())).orElseThrow();
        assertThat(record.getId()).isEqualTo(imported.importId());
        assertThat(record.getFileName()).isEqualTo("timeline.csv");
        assertThat(record.getImportedBy()).isEqualTo("analyst");
        assertThat(record.getRowsNew()).isEqualTo(3);
        assertThat(as("analyst", () -> imports.latest(5))).extracting(ImportRecord::getId).contains(record.getId());
    }

    @Test
    void importing_the_same_file_twice_creates_nothing_the_second_time() {
        ImportFile file = file(ownTimeline());
        ColumnMapping mapping = mapped(file);
        as("analyst", () -> imports.commit(file, mapping, false, TaskProgress.NONE));

        ImportResult again = as("analyst", () -> imports.check(file, mapping, TaskProgress.NONE));
        ImportResult committed = as("analyst", () -> imports.commit(file, mapping, false, TaskProgress.NONE));

        assertThat(again.rowsUnchanged()).isEqualTo(3);
        assertThat(again.rowsNew()).isZero();
        assertThat(committed.rowsNew()).isZero();
        assertThat(measuresTitled(signed)).hasSize(1);
        assertThat(as("analyst", () -> events.eventsOf(measuresTitled(signed).getFirst().getId()))).hasSize(2);
    }

    @Test
    void a_step_recorded_with_another_summary_is_matched_left_as_recorded_and_the_difference_noted() {
        ImportFile file = file(ownTimeline());
        ColumnMapping mapping = mapped(file);
        as("analyst", () -> imports.commit(file, mapping, false, TaskProgress.NONE));
        ImportFile changed = file(ImportFiles.csv(folder,
                "Quand;Pays;Mesure;Plateforme;Étape;Ce qui s'est passé;Source",
                "2023-05-17;US-MT;" + signed + ";TikTok;SIGNED;Signed in Helena;"));

        ImportResult checked = as("analyst", () -> imports.check(changed, mapping, TaskProgress.NONE));

        assertThat(checked.rowsMatched()).isEqualTo(1);
        assertThat(checked.notices()).extracting(notice -> english(notice.message()))
                .contains("Its summary differs from the recorded step’s: left as recorded.");
    }

    @Test
    void a_cancelled_import_writes_nothing() {
        ImportFile file = file(ownTimeline());
        AtomicBoolean cancelled = new AtomicBoolean();
        TaskProgress cancelAfterTheFirstRow = new TaskProgress() {
            @Override
            public void advanced(long rows) {
            }

            @Override
            public boolean cancelled() {
                return !cancelled.compareAndSet(false, true);
            }
        };

        ImportResult result = as("analyst", () -> imports.commit(file, mapped(file), false, cancelAfterTheFirstRow));

        assertThat(result.written()).isFalse();
        assertThat(english(result.stopped())).isEqualTo("Cancelled: nothing was imported.");
        assertThat(measuresTitled(signed)).isEmpty();
    }

    @Test
    void rows_in_different_chunks_share_their_measure_and_source_and_a_repeat_across_chunks_is_caught() {
        String longTimeline = "Long timeline " + UUID.randomUUID();
        String cited = "https://example.org/long-" + UUID.randomUUID();
        List<String> lines = new java.util.ArrayList<>();
        lines.add("date,action,summary,measure_title,jurisdiction,platforms,sources");
        java.time.LocalDate first = java.time.LocalDate.of(2001, 1, 1);
        for (int i = 0; i < ImportService.CHUNK; i++) {
            lines.add(first.plusDays(i) + ",announced,Step " + i + "," + longTimeline + ",US,TikTok,"
                    + (i == 0 ? cited : ""));
        }
        // In the second chunk: the same measure and source again, and a repeat of line 2.
        lines.add("2040-01-01,adopted,The last step," + longTimeline + ",US,TikTok," + cited);
        lines.add(first + ",announced,Step 0 again," + longTimeline + ",US,TikTok,");
        ImportFile file = new ImportFile(ImportKind.EVENTS, ImportFiles.csv(folder, lines.toArray(String[]::new)),
                "long.csv");
        ColumnMapping mapping = as("analyst", () -> imports.guess(ImportKind.EVENTS, List.of(lines.getFirst()
                .split(","))));
        long repeatLine = ImportService.CHUNK + 3L;

        ImportResult checked = as("analyst", () -> imports.check(file, mapping, TaskProgress.NONE));
        assertThat(checked.rowsNew()).isEqualTo(ImportService.CHUNK + 1L);
        assertThat(checked.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(repeatLine);
            assertThat(english(problem.message())).startsWith("Line 2 already gives this measure, date and action");
        });

        ImportResult imported = as("analyst", () -> imports.commit(file, mapping, true, TaskProgress.NONE));
        assertThat(imported.written()).isTrue();
        assertThat(imported.skippedLines()).containsExactly(repeatLine);
        List<PolicyMeasure> recorded = measuresTitled(longTimeline);
        assertThat(recorded).hasSize(1);
        List<PolicyEvent> steps = as("analyst", () -> events.eventsOf(recorded.getFirst().getId()));
        assertThat(steps).hasSize(ImportService.CHUNK + 1);
        assertThat(steps.stream().flatMap(step -> step.getSources().stream()).map(source -> source.getId())
                .distinct()).hasSize(1);

        ImportResult again = as("analyst", () -> imports.check(file, mapping, TaskProgress.NONE));
        assertThat(again.rowsNew()).isZero();
        assertThat(again.rowsUnchanged()).isEqualTo(ImportService.CHUNK + 1L);
    }

    @Test
    void a_file_with_french_choice_labels_imports_the_same_as_one_with_coded_values() {
        String coded = "Coded values " + UUID.randomUUID();
        String french = "Libellés français " + UUID.randomUUID();
        String header = "date,date_precision,status,action,summary,measure_title,jurisdiction,platforms,policy_area,"
                + "instrument,binding";
        ImportFile codedFile = file(ImportFiles.csv(folder, header,
                "2024-03-13,DAY,HAPPENED,ADOPTED,Passed," + coded + ",US,TikTok,DATA_PROTECTION,REGULATION,true",
                "2024-06-01,MONTH,HAPPENED,IN_FORCE,Applies," + coded + ",US,TikTok,,,",
                "2031-01-01,YEAR,EXPECTED,DEADLINE,Deadline," + coded + ",US,TikTok,,,"));
        ImportFile frenchFile = file(ImportFiles.csv(folder, header,
                "2024-03-13,Jour,Survenu,« Adoption »,Passed," + french + ",US,TikTok,Protection des données,"
                        + "Règlement,oui",
                "2024-06-01,mois,survenu,Entrée en vigueur,Applies," + french + ",US,TikTok,,,",
                "2031-01-01,Année,Prévu,ÉCHÉANCE,Deadline," + french + ",US,TikTok,,,"));
        ColumnMapping mapping = as("analyst", () -> imports.guess(ImportKind.EVENTS, List.of(header.split(","))));

        ImportResult fromCoded = as("analyst", () -> imports.commit(codedFile, mapping, false, TaskProgress.NONE));
        ImportResult fromFrench = as("analyst", () -> imports.commit(frenchFile, mapping, false, TaskProgress.NONE));

        assertThat(fromCoded.problems()).isEmpty();
        assertThat(fromFrench.problems()).isEmpty();
        assertThat(fromFrench.rowsNew()).isEqualTo(fromCoded.rowsNew()).isEqualTo(3);
        PolicyMeasure codedMeasure = measuresTitled(coded).getFirst();
        PolicyMeasure frenchMeasure = measuresTitled(french).getFirst();
        assertThat(frenchMeasure.getPolicyArea()).isEqualTo(codedMeasure.getPolicyArea());
        assertThat(frenchMeasure.getInstrument()).isEqualTo(codedMeasure.getInstrument());
        assertThat(frenchMeasure.isBinding()).isEqualTo(codedMeasure.isBinding());
        assertThat(stepsOf(frenchMeasure)).isEqualTo(stepsOf(codedMeasure)).containsExactly(
                "2024-03-13 DAY ADOPTED HAPPENED", "2024-06 MONTH IN_FORCE HAPPENED", "2031 YEAR DEADLINE EXPECTED");
    }

    /** A measure's steps as the file gave them: date, precision, action and status. */
    private List<String> stepsOf(PolicyMeasure measure) {
        return as("analyst", () -> events.eventsOf(measure.getId())).stream()
                .map(step -> Objects.requireNonNull(step.getDate()).iso() + " " + step.getPrecision() + " "
                        + step.getAction() + " " + step.getStatus())
                .toList();
    }

    private String english(Text text) {
        return Texts.format(Locale.UK, text);
    }

    private List<PolicyMeasure> measuresTitled(String title) {
        return as("admin", () -> measures.likelyDuplicates("US-MT", title, null).isEmpty()
                ? measures.likelyDuplicates("US", title, null) : measures.likelyDuplicates("US-MT", title, null));
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return runAs.user(username, work);
    }
}
