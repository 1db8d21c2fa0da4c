package org.sovereigntywatch.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team's own timeline spreadsheet brought in through the Import page, as a new analyst would: a semicolon-separated
 * file (as French Excel writes) with column names of its own, a month-precision date, a US state by name, plain-text
 * citations, a row with a date that does not exist and a "Kind" column the guess cannot place. The analyst maps that
 * column by hand, checks the file, sees the bad line named, imports the valid rows, and finds the measures in the
 * register as drafts brought in by the import; the same file checked again would bring in nothing.
 */
@RealBrowser
class ImportJourneyIT {

    private static final String VALID_ROWS_ONLY = "Import only the valid rows, skipping the lines with errors";

    /** Unique to this run, so the register's search finds this journey's measures alone. */
    private final String key = UUID.randomUUID().toString().substring(0, 8);
    private final String montanaBan = "Montana app store ban " + key;
    private final String indiaBlock = "India block of 59 apps " + key;

    @Test
    void an_analyst_maps_checks_and_imports_the_valid_rows_of_a_timeline_and_a_second_import_brings_nothing(
            Ui ui, @TempDir Path folder) throws IOException {
        Path file = timeline(folder.resolve("our-timeline-" + key + ".csv"));
        String fileName = file.getFileName().toString();
        ui.signIn("analyst").waitForText("Sign out");
        ui.click("Import");
        ui.waitForText("Bring a spreadsheet in");
        assertThat(ui.path()).isEqualTo("import");

        upload(ui, file);
        assertThat(ui.waitForText("File: " + fileName)).contains("File: " + fileName
                        + " (CSV, semicolon-separated, 7 columns).", "Not imported: ‘Kind’.",
                "No column gives ‘Action’ (action): choose the column that does, or a value for every row.");
        assertThat(buttonEnabled(ui, "Check file")).as("Check file, with no column giving the action").isFalse();
        ui.field("Kind").pick("Action", "Action (action)");
        assertThat(ui.waitForText("Every column is imported.")).doesNotContain("No column gives ‘Action’");
        assertThat(buttonEnabled(ui, "Check file")).as("Check file, once the Kind column gives the action").isTrue();

        ui.click("Check file");
        assertThat(ui.waitForText("Nothing was written: every problem is listed below."))
                .contains("Checked", "4 rows read.");
        assertThat(counts(ui)).containsExactly("3 new", "0 matched", "0 unchanged", "1 with errors");
        List<List<String>> problems = ui.grid(0).rows();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.subList(0, 3)).containsExactly("5", "When", "31/02/2025");
            assertThat(problem.get(3)).startsWith("‘31/02/2025’ is not a date: write it as 2025-01-19");
        });
        assertThat(importButtons(ui)).containsExactly("Import 3 valid rows");
        assertThat(buttonEnabled(ui, "Import 3 valid rows")).as("Import, with a line in error").isFalse();
        new Accessibility(ui).assertNoBlockingViolations("the import page showing its mapping and a problem");
        Downloads.Csv problemsFile = new Downloads(ui).csv("Download CSV");
        assertThat(problemsFile.header()).containsExactly("line", "column", "value", "message");
        assertThat(problemsFile.rows()).singleElement()
                .satisfies(row -> assertThat(row.subList(0, 3)).containsExactly("5", "When", "31/02/2025"));

        ui.field(VALID_ROWS_ONLY).tick(true);
        assertThat(buttonEnabled(ui, "Import 3 valid rows")).as("Import, the valid rows only").isTrue();
        ui.click("Import 3 valid rows");
        assertThat(ui.waitForText("Skipped lines with errors: 5.")).contains("Imported", "4 rows read.",
                "3 new items entered as drafts");
        assertThat(ui.notifications()).contains("Imported 3 new items as drafts.");
        assertThat(recentImports(ui).rows().getFirst()).as("the latest import").contains("analyst",
                "Policy events (with their measures)", fileName, "3 new, 0 matched, 0 unchanged, 1 skipped");

        upload(ui, file);
        ui.field("Kind").pick("Action", "Action (action)");
        ui.click("Check file");
        ui.waitForText("Nothing was written: every problem is listed below.");
        assertThat(counts(ui)).as("the same file checked again").containsExactly("0 new", "0 matched",
                "3 unchanged", "1 with errors");
        assertThat(importButtons(ui)).as("Import buttons, with nothing new to import").isEmpty();

        ui.click("Measures");
        ui.field("Search title or summary").type(key);
        GridElement register = ui.grid().awaitSize(2);
        assertThat(register.rows()).as("the register's rows, each with its jurisdiction and state")
                .anySatisfy(row -> assertThat(row).contains(montanaBan, "US-MT", "Draft"))
                .anySatisfy(row -> assertThat(row).contains(indiaBlock, "IN", "Draft"));
        register.open(montanaBan);
        assertThat(ui.waitForText("Brought in by import #")).contains("(" + fileName + "), by analyst on ");
        assertThat(ui.grid(0).awaitSize(2).rows()).as("the Montana measure's events")
                .extracting(row -> row.subList(0, 3))
                .containsExactly(List.of("17 May 2023", "Signed", "Happened"),
                        List.of("November 2023", "Injunction", "Happened"));
    }

    /**
     * The team's file: its own column names (a guess finds all but "Kind"), the steps of two laws, one row whose date
     * does not exist (line 5, counting the header as line 1).
     */
    private Path timeline(Path file) throws IOException {
        String citation = " — ";
        return Files.writeString(file, String.join("\r\n",
                "When;Country;Law;Apps;What happened;Kind;Citation",
                "2023-05-17;Montana;" + montanaBan + ";TikTok;The governor signs SB 419.;Signed;Montana Free Press"
                        + citation + "Gianforte signs the TikTok ban " + key,
                "2023-11;Montana;" + montanaBan + ";TikTok;A federal judge blocks the ban before it takes effect.;"
                        + "Injunction;Reuters" + citation + "Judge blocks Montana's TikTok ban " + key,
                "2020-06-29;India;" + indiaBlock + ";TikTok|WeChat;59 apps are blocked.;Announced;Press Information"
                        + " Bureau" + citation + "Government bans 59 mobile apps " + key,
                "31/02/2025;Montana;" + montanaBan + ";TikTok;A ruling on a day that does not exist.;Ruling;", ""),
                StandardCharsets.UTF_8);
    }

    /**
     * Chooses {@code file} in the upload, as the file dialog would: vaadin-upload keeps its {@code input type=file}
     * hidden in its shadow root, where Selenium's element lookup does not reach, so it is found by script; chromedriver
     * sets a file input's files even when it is hidden. The input still holds the file chosen before, and choosing
     * the same file again would change nothing, so its value is emptied first, as vaadin-upload does itself before it
     * opens the file dialog. The upload starts at once; once the page has the file, the upload gives way to the
     * mapping.
     */
    private static void upload(Ui ui, Path file) {
        WebElement input = ui.waitFor("the upload's file input", () -> ui.script("""
                const upload = document.querySelector('vaadin-upload');
                if (!upload || !upload.checkVisibility()) { return null; }
                const input = upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
                if (input) { input.value = ''; }
                return input;
                """));
        input.sendKeys(file.toAbsolutePath().toString());
        ui.waitFor("the upload of " + file.getFileName() + " to be read", () -> ui.script("""
                const upload = document.querySelector('vaadin-upload');
                return !upload || !upload.checkVisibility();
                """));
        ui.waitForText("File: " + file.getFileName());
    }

    /** The "Recent imports" grid, below the result's own grids. */
    private static GridElement recentImports(Ui ui) {
        return new GridElement(ui, ui.waitFor("the recent imports", () -> ui.script("""
                const heading = Array.from(document.querySelectorAll('h3'))
                  .find(h3 => h3.innerText.trim() === 'Recent imports');
                return heading ? heading.parentElement.querySelector('vaadin-grid') : null;
                """)));
    }

    /** The dry run's or the commit's counts, as shown: "3 new", "0 matched", "0 unchanged", "1 with errors". */
    private static List<String> counts(Ui ui) {
        @SuppressWarnings("unchecked")
        List<String> counts = (List<String>) ui.script("""
                return Array.from(document.querySelectorAll('.import-count'))
                  .filter(count => count.checkVisibility()).map(count => count.innerText.trim());
                """);
        return counts;
    }

    /** Whether the visible button {@code text} may be pressed (Ui's own lookup skips disabled buttons). */
    private static boolean buttonEnabled(Ui ui, String text) {
        Object enabled = ui.waitFor("a button '" + text + "'", () -> ui.script("""
                const button = Array.from(document.querySelectorAll('vaadin-button'))
                  .find(button => button.checkVisibility() && button.innerText.trim() === arguments[0]);
                return button ? String(!button.hasAttribute('disabled')) : null;
                """, text));
        return Boolean.parseBoolean(String.valueOf(enabled));
    }

    /** The visible buttons that would import: "Import 3 rows", "Import 3 valid rows". */
    private static List<String> importButtons(Ui ui) {
        @SuppressWarnings("unchecked")
        List<String> buttons = (List<String>) ui.script("""
                return Array.from(document.querySelectorAll('vaadin-button'))
                  .filter(button => button.checkVisibility()).map(button => button.innerText.trim())
                  .filter(text => /^Import [0-9,]+ (valid )?rows?$/.test(text));
                """);
        return buttons;
    }
}
