package org.sovereigntywatch.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.base.TaskProgress;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every kind of bad cell, each named by line, column, value and a message in plain words; nothing written while any
 * remains, unless the valid rows alone are asked for, and then the skipped lines are listed. The messages are texts,
 * read here in British English, and in French by a French user.
 */
@IntegrationTest
class ImportProblemsTest {

    private static final String HEADER = "date,date_precision,status,action,summary,measure_title,jurisdiction,"
            + "platforms,policy_area,instrument,binding,sources";

    @Autowired ImportService imports;
    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired RunAs runAs;
    @TempDir Path folder;

    private final String title = "Imported measure " + UUID.randomUUID();

    private ImportFile badTimeline() {
        String row = ",DAY,HAPPENED,%s,%s," + title + ",%s,TikTok,NATIONAL_SECURITY,LAW,true,%s";
        return new ImportFile(ImportKind.EVENTS, ImportFiles.csv(folder, HEADER,
                "2024-03-13" + row.formatted("ADOPTED", "The House passes the bill", "US", ""),
                "2024-03-14" + row.formatted("SIGNED", "Atlantis acts", "Atlantis", ""),
                "31/02/2025" + row.formatted("SIGNED", "A date that is not one", "US", ""),
                "2024-04-24" + row.formatted("Banned", "No such action", "US", ""),
                "2024-04-25" + row.formatted("IN_FORCE", "A script address", "US", "javascript:alert(1)"),
                "2024-04-26" + row.formatted("RULING", "'=1+1", "US", ""),
                "2024-04-27" + row.formatted("APPEAL", "x".repeat(10_000), "US", ""),
                "2024-04-28" + row.formatted("HEARING", "France is not the analyst's", "FR", ""),
                "2024-03-13" + row.formatted("ADOPTED", "The same step again", "US", ""),
                "2024-04-29,DAY,HAPPENED,LIFTED,Too few cells"), "bad.csv");
    }

    private ColumnMapping exported(ImportFile file) {
        return as("analyst", () -> imports.guess(ImportKind.EVENTS, List.of(HEADER.split(","))));
    }

    @Test
    void every_bad_cell_is_named_with_its_line_column_value_and_what_to_do() {
        ImportFile file = badTimeline();

        ImportResult checked = as("analyst", () -> imports.check(file, exported(file), TaskProgress.NONE));

        assertThat(checked.rows()).isEqualTo(10);
        assertThat(checked.rowsNew()).isEqualTo(2);
        assertThat(checked.rowsWithErrors()).isEqualTo(8);
        assertThat(checked.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::value)
                .contains(tuple(3L, "jurisdiction", "Atlantis"), tuple(4L, "date", "31/02/2025"),
                        tuple(5L, "action", "Banned"), tuple(6L, "sources", "javascript:alert(1)"),
                        tuple(8L, "summary", "x".repeat(10_000)), tuple(9L, "jurisdiction", "FR"));
        assertThat(messageOn(checked, 3)).isEqualTo("‘Atlantis’ is not a known jurisdiction: write its code (US, FR, "
                + "US-MT) or its name; an admin can add it under Jurisdictions.");
        assertThat(messageOn(checked, 4)).startsWith("‘31/02/2025’ is not a date: write it as 2025-01-19");
        assertThat(messageOn(checked, 5)).startsWith("‘Banned’ is not one of the choices: Announced,");
        assertThat(messageOn(checked, 6)).contains("not a web address");
        assertThat(messageOn(checked, 8)).isEqualTo("At most 2000 characters.");
        assertThat(messageOn(checked, 9)).isEqualTo("You do not cover FR: only analysts covering it may record its "
                + "measures.");
        assertThat(messageOn(checked, 10)).isEqualTo("Line 2 already gives this measure, date and action: a file "
                + "holds each item once.");
        assertThat(messageOn(checked, 11)).startsWith("This row has 5 cells but the header names 12 columns");
        assertThat(checked.skippedLines()).containsExactly(3L, 4L, 5L, 6L, 8L, 9L, 10L, 11L);
    }

    @Test
    void with_any_error_the_commit_writes_nothing() {
        ImportFile file = badTimeline();

        ImportResult result = as("analyst", () -> imports.commit(file, exported(file), false, TaskProgress.NONE));

        assertThat(result.written()).isFalse();
        assertThat(english(result.stopped())).startsWith("Nothing was imported: line 3 has errors.");
        assertThat(as("admin", () -> measures.likelyDuplicates("US", title, null))).isEmpty();
    }

    @Test
    void the_valid_rows_alone_are_imported_when_asked_and_a_formula_like_cell_is_kept_as_text() {
        ImportFile file = badTimeline();

        ImportResult result = as("analyst", () -> imports.commit(file, exported(file), true, TaskProgress.NONE));

        assertThat(result.written()).isTrue();
        assertThat(result.rowsNew()).isEqualTo(2);
        assertThat(result.skippedLines()).containsExactly(3L, 4L, 5L, 6L, 8L, 9L, 10L, 11L);
        PolicyMeasure measure = as("admin", () -> measures.likelyDuplicates("US", title, null)).getFirst();
        assertThat(as("analyst", () -> events.eventsOf(measure.getId()))).extracting(PolicyEvent::getSummary)
                .containsExactly("The House passes the bill", "=1+1");
        ImportRecord record = as("analyst", () -> imports.bringing("measure", measure.getId())).orElseThrow();
        assertThat(record.getRowsSkipped()).isEqualTo(8);
        assertThat(record.getSkippedLines()).isEqualTo("3, 4, 5, 6, 8, 9, 10, 11");
    }

    @Test
    void the_problems_download_as_csv() throws Exception {
        ImportFile file = badTimeline();
        ImportResult checked = as("analyst", () -> imports.check(file, exported(file), TaskProgress.NONE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        checked.writeProblems(out, Locale.UK);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFline,column,value,message\r\n");
        assertThat(csv).contains("3,jurisdiction,Atlantis,\"‘Atlantis’ is not a known jurisdiction");
    }

    @Test
    void a_french_user_reads_the_problems_of_a_checked_file_in_french() {
        ImportFile file = badTimeline();

        ImportResult checked = as("analyst", () -> imports.check(file, exported(file), TaskProgress.NONE));

        assertThat(messageOn(checked, 3, Locale.FRANCE)).isEqualTo("« Atlantis » n’est pas une juridiction connue : "
                + "écrivez son code (US, FR, US-MT) ou son nom ; un administrateur peut l’ajouter dans Juridictions.");
        assertThat(messageOn(checked, 4, Locale.FRANCE)).startsWith("« 31/02/2025 » n’est pas une date : écrivez-la "
                + "sous la forme 2025-01-19");
        assertThat(messageOn(checked, 5, Locale.FRANCE)).startsWith("« Banned » ne fait pas partie des choix "
                + "possibles : Annonce, Dépôt, Adoption,");
        assertThat(messageOn(checked, 9, Locale.FRANCE)).isEqualTo("Vous ne couvrez pas FR : seuls les analystes qui "
                + "la couvrent peuvent y enregistrer des mesures.");
        assertThat(messageOn(checked, 10, Locale.FRANCE)).isEqualTo("La ligne 2 donne déjà cette mesure, cette date "
                + "et ce type d’étape : un fichier ne contient chaque élément qu’une fois.");
        assertThat(messageOn(checked, 11, Locale.FRANCE)).startsWith("Cette ligne a 5 cellules alors que l’en-tête "
                + "nomme 12 colonnes");
        ImportResult stopped = as("analyst", () -> imports.commit(file, exported(file), false, TaskProgress.NONE));
        assertThat(Texts.format(Locale.FRANCE, stopped.stopped())).startsWith("Rien n’a été importé : la ligne 3 "
                + "contient des erreurs.");
    }

    @Test
    void a_french_user_downloads_the_problems_with_the_same_columns_and_french_messages() throws Exception {
        ImportFile file = badTimeline();
        ImportResult checked = as("analyst", () -> imports.check(file, exported(file), TaskProgress.NONE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        checked.writeProblems(out, Locale.FRANCE);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFline,column,value,message\r\n");
        assertThat(csv).contains("3,jurisdiction,Atlantis,\"« Atlantis » n’est pas une juridiction connue");
    }

    @Test
    void a_value_refused_by_bean_validation_is_said_in_the_readers_language() {
        String header = "title,publisher,published_on";
        ImportFile file = new ImportFile(ImportKind.SOURCES, ImportFiles.csv(folder, header,
                "Too old " + UUID.randomUUID() + ",Archives,1850-01-01"), "old.csv");
        ColumnMapping mapping = as("analyst", () -> imports.guess(ImportKind.SOURCES, List.of(header.split(","))));

        ImportResult checked = as("analyst", () -> imports.check(file, mapping, TaskProgress.NONE));

        assertThat(checked.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("published_on");
            assertThat(english(problem.message())).isEqualTo("Enter a date from 1900 to 2200.");
            assertThat(Texts.format(Locale.FRANCE, problem.message())).isEqualTo("Saisissez une date entre 1900 et "
                    + "2200.");
        });
    }

    @Test
    void a_concern_of_an_unknown_category_is_refused_and_the_category_choices_named() {
        String header = "title,platform,affected_jurisdiction,accessing_jurisdiction,category,sources";
        ImportFile file = new ImportFile(ImportKind.CONCERNS, ImportFiles.csv(folder, header,
                "Data held in Beijing " + UUID.randomUUID() + ",TikTok,US,CN,Espionage,https://viralmag.fr/?p=64330",
                "No source " + UUID.randomUUID() + ",TikTok,US,CN,SURVEILLANCE,"), "register.csv");
        ColumnMapping mapping = as("analyst", () -> imports.guess(ImportKind.CONCERNS, List.of(header.split(","))));

        ImportResult checked = as("analyst", () -> imports.check(file, mapping, TaskProgress.NONE));

        assertThat(checked.problems()).extracting(ImportProblem::line, ImportProblem::column,
                        problem -> english(problem.message()))
                .containsExactly(tuple(2L, "category", "‘Espionage’ is not one of the choices: State access, "
                                + "Cross-border transfer, Data localisation, Surveillance, Content manipulation, "
                                + "Minors’ data, Other."),
                        tuple(3L, "sources", "Cite at least one source."));
    }

    private static String messageOn(ImportResult result, long line) {
        return messageOn(result, line, Locale.UK);
    }

    private static String messageOn(ImportResult result, long line, Locale reader) {
        return Texts.format(reader, result.problems().stream().filter(problem -> problem.line() == line).findFirst()
                .orElseThrow().message());
    }

    private static String english(Text text) {
        return Texts.format(Locale.UK, text);
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }
}
