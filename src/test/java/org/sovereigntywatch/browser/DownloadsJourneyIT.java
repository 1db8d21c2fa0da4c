package org.sovereigntywatch.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every "Download CSV" of the application (the concern register, the timeline's events, each report, the security
 * log) brings a file to the browser's download folder that a spreadsheet reads as the README promises (UTF-8 with a
 * byte-order mark, strict RFC 4180) and that holds the rows the screen shows, with its filters.
 */
@RealBrowser
class DownloadsJourneyIT {

    @Test
    void the_concern_register_downloads_the_rows_its_grid_shows_with_its_filters(Ui ui) {
        ui.signIn("analyst");
        ui.open("concerns");
        int everything = ui.grid().size();
        Downloads.Csv all = new Downloads(ui).csv("Download CSV");
        assertWellFormed(all, "concerns");
        assertThat(all.rows()).as("rows of the unfiltered register").hasSize(everything);

        // One filter from the address (as the dashboard links), one typed on the screen.
        ui.open("concerns?state=PUBLISHED");
        int published = ui.grid().size();
        search(ui, "Search title, description, claim").type("TikTok");
        // Typed slowly, the search may first send part of the word (a lazy value change) and the rest on leaving the
        // field; the register writes the whole word into the address once it has applied it, rows and count alike.
        ui.waitFor("the register to apply the whole search word",
                () -> String.valueOf(ui.script("return location.search")).contains("q=TikTok"));
        GridElement grid = ui.grid();
        int publishedAboutTikTok = grid.size();
        assertThat(publishedAboutTikTok).as("the filters narrow the register").isPositive().isLessThan(everything)
                .isLessThanOrEqualTo(published);
        List<String> titlesShown = grid.rows().stream().map(row -> row.getFirst()).toList();

        Downloads.Csv filtered = new Downloads(ui).csv("Download CSV");
        assertWellFormed(filtered, "concerns");
        assertThat(filtered.rows()).as("rows of the register filtered to published TikTok concerns")
                .hasSize(publishedAboutTikTok);
        assertThat(filtered.column("title")).as("the grid's rows in the grid's order").startsWith(
                titlesShown.toArray(String[]::new));
    }

    @Test
    void the_timeline_downloads_the_events_its_grid_shows_with_its_filters(Ui ui) {
        ui.signIn("analyst");
        ui.open("timeline");
        int everything = ui.grid().size();
        Downloads.Csv all = new Downloads(ui).csv("Download CSV");
        assertWellFormed(all, "events");
        assertThat(all.rows()).as("rows of the unfiltered events grid").hasSize(everything);

        ui.open("timeline?jurisdiction=US&from=2020-01-01&to=2021-12-31");
        GridElement grid = ui.grid();
        int filteredSize = grid.size();
        assertThat(filteredSize).as("the filters narrow the events").isPositive().isLessThan(everything);
        List<String> summariesShown = grid.rows().stream().map(row -> row.get(5)).toList();

        Downloads.Csv filtered = new Downloads(ui).csv("Download CSV");
        assertWellFormed(filtered, "events");
        assertThat(filtered.rows()).as("rows of the events of US in 2020 and 2021").hasSize(filteredSize);
        assertThat(filtered.column("jurisdiction")).allSatisfy(code -> assertThat(code).startsWith("US"));
        assertThat(filtered.column("summary")).as("the grid's rows in the grid's order").startsWith(
                summariesShown.toArray(String[]::new));
    }

    @ParameterizedTest(name = "the {0} report downloads as many rows as it counts")
    @CsvSource({
            "CONCERNS,      concerns,             ''",
            "EVENTS,        events,               '&jurisdiction=US'",
            "JURISDICTIONS, jurisdiction-summary, ''",
            "PLATFORMS,     platform-summary,     '&state=PUBLISHED'"})
    void each_report_downloads_as_many_rows_as_it_counts(String report, String fileName, String filters, Ui ui) {
        ui.signIn("viewer");
        ui.open("reports?report=" + report + filters);
        int counted = shownRowCount(ui);

        Downloads.Csv csv = new Downloads(ui).csv("Download CSV");

        assertWellFormed(csv, fileName);
        assertThat(csv.rows()).as("rows of the %s report, which counts %d", report, counted).hasSize(counted);
    }

    @Test
    void the_security_log_downloads_the_events_its_grid_shows(Ui ui) {
        ui.signIn("admin");
        ui.open("admin/security-log?type=SIGN_IN&user=admin");
        GridElement grid = ui.grid();
        int shown = grid.size();
        assertThat(shown).as("at least this sign-in").isPositive();

        Downloads.Csv csv = new Downloads(ui).csv("Download CSV");

        assertWellFormed(csv, "security-log");
        assertThat(csv.header()).containsExactly("occurred_at", "type", "actor", "subject", "client_address", "detail");
        assertThat(csv.rows()).as("rows of the admin's sign-ins").hasSize(shown);
        assertThat(csv.column("type")).containsOnly("SIGN_IN");
    }

    /** The name the README gives, the byte-order mark it promises, and a header. */
    private static void assertWellFormed(Downloads.Csv csv, String report) {
        assertThat(csv.fileName()).isEqualTo(report + "-" + LocalDate.now() + ".csv");
        assertThat(csv.byteOrderMark()).as("%s starts with a UTF-8 byte-order mark", csv.fileName()).isTrue();
        assertThat(csv.header()).as("header of %s", csv.fileName()).isNotEmpty().doesNotContain("");
    }

    /** A search box, known by its placeholder: it has no label. */
    private static Field search(Ui ui, String placeholder) {
        return new Field(ui, ui.waitFor("a search box '" + placeholder + "'", () -> ui.script(
                "return Array.from(document.querySelectorAll('vaadin-text-field'))"
                        + ".find(field => field.placeholder === arguments[0]) || null", placeholder)), placeholder);
    }

    /** The report page's "N rows", written with the British browser's thousands separator ("1,234 rows"). */
    private static int shownRowCount(Ui ui) {
        String count = ui.waitFor("the report's row count", () -> ui.script(
                "const c = document.querySelector('.report-count'); return c && c.innerText.trim() || null;"));
        assertThat(count).matches("[\\d,]+ rows?");
        return Integer.parseInt(count.split(" ")[0].replace(",", ""));
    }
}
