package org.sovereigntywatch.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.shared.Tooltip;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.base.CsvSeparator;
import org.sovereigntywatch.concern.ui.ConcernsView;
import org.sovereigntywatch.security.ui.SecurityLogView;
import org.sovereigntywatch.timeline.ui.TimelineView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every CSV download is separated as the reader chose on the Reports page, or as readers of their language expect
 * (semicolons in French): the registers', the security log's, the reports'; with the same columns and values.
 */
class DownloadSeparatorTest extends KaribuTest {

    @Test
    void a_french_readers_register_download_is_separated_by_semicolons_with_the_english_readers_columns_and_values() {
        login("viewer");
        List<List<String>> english = read(download(ConcernsView.class), ',');

        browserPrefers(Locale.FRANCE);
        String french = download(ConcernsView.class);

        assertThat(french).startsWith("\uFEFF" + String.join(";", english.getFirst()) + "\r\n");
        assertThat(read(french, ';')).isEqualTo(english).hasSizeGreaterThan(1);
        assertThat(tooltip(link())).isEqualTo("Séparateur : Point-virgule (;). Vous pouvez le changer sur la page "
                + "Rapports.");
        assertThat(header(download(TimelineView.class))).startsWith("event_id;date;");
    }

    @Test
    void a_french_reader_who_chooses_commas_on_the_reports_page_gets_commas_from_every_download() {
        login("admin");
        browserPrefers(Locale.FRANCE);
        UI.getCurrent().navigate(ReportsView.class);
        ReportsView reports = _get(ReportsView.class);
        assertThat(reports.separator.getValue()).isEqualTo(CsvSeparator.SEMICOLON);
        assertThat(reports.separator.getHelperText()).startsWith("Pour chaque CSV téléchargé pendant cette session");

        _setValue(reports.separator, CsvSeparator.COMMA);
        assertThat(tooltip(reports.download)).startsWith("Séparateur : Virgule (,).");

        String register = download(ConcernsView.class);
        assertThat(tooltip(link())).startsWith("Séparateur : Virgule (,).");
        assertThat(read(register, ',').getFirst()).startsWith("id", "title");
        assertThat(header(download(TimelineView.class))).startsWith("event_id,date,");
        assertThat(header(download(SecurityLogView.class))).isEqualTo("occurred_at,type,actor,subject,client_address,"
                + "detail");
        UI.getCurrent().navigate(ReportsView.class);
        assertThat(_get(ReportsView.class).separator.getValue()).as("kept for the session")
                .isEqualTo(CsvSeparator.COMMA);
    }

    @Test
    void a_french_admins_security_log_download_is_separated_by_semicolons() {
        login("admin");
        browserPrefers(Locale.FRANCE);
        assertThat(header(download(SecurityLogView.class))).isEqualTo("occurred_at;type;actor;subject;client_address;"
                + "detail");
    }

    @Test
    void an_english_readers_downloads_are_separated_by_commas_and_say_so() {
        login("viewer");
        String register = download(ConcernsView.class);

        assertThat(read(register, ',').getFirst()).startsWith("id", "title");
        assertThat(header(register)).doesNotContain(";");
        assertThat(tooltip(link())).isEqualTo("Separator: Comma (,). You can change it on the Reports page.");
        UI.getCurrent().navigate(ReportsView.class);
        assertThat(_get(ReportsView.class).separator.getValue()).isEqualTo(CsvSeparator.COMMA);
    }

    /** Opens the page and downloads its file by its "Download CSV" link, as the browser would receive it. */
    private static String download(Class<? extends Component> page) {
        UI.getCurrent().navigate(page);
        return new String(_download(link()), StandardCharsets.UTF_8);
    }

    private static Anchor link() {
        return _get(Anchor.class, spec -> spec.withClasses("download-link"));
    }

    private static String tooltip(Anchor link) {
        return Tooltip.forComponent(link).getText();
    }

    private static String header(String csv) {
        assertThat(csv).startsWith("\uFEFF");
        return csv.substring(1, csv.indexOf("\r\n"));
    }

    private static List<List<String>> read(String csv, char separator) {
        assertThat(csv).startsWith("\uFEFF");
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator)
                .ofCsvRecord(csv.substring(1))) {
            return reader.stream().map(CsvRecord::getFields).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
