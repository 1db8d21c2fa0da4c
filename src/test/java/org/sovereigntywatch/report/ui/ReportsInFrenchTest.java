package org.sovereigntywatch.report.ui;

import com.vaadin.flow.component.UI;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.base.CsvSeparator;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.report.Report;
import org.sovereigntywatch.report.ReportFilter;
import org.sovereigntywatch.report.ReportService;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports page for a reader whose browser prefers French: its texts are French, its files are not. A report
 * reads the same to every program whatever the language of whoever downloaded it; only the separator may change,
 * and French readers get the semicolons Excel in French expects unless they choose commas.
 */
class ReportsInFrenchTest extends KaribuTest {

    @Autowired PlatformService platforms;
    @Autowired ReportService reports;

    @Test
    void a_french_viewer_reads_the_reports_page_in_french() {
        login("viewer");
        browserPrefers(Locale.FRANCE);
        ReportsView view = open();
        ShownTexts.assertReadsInFrench();
        assertThat(view.report.getItemLabelGenerator().apply(Report.CONCERNS))
                .isEqualTo("Registre des préoccupations");
        assertThat(view.separator.getValue()).isEqualTo(CsvSeparator.SEMICOLON);
        assertThat(view.separator.getItemLabelGenerator().apply(CsvSeparator.SEMICOLON)).isEqualTo("Point-virgule (;)");

        _setValue(view.report, Report.PLATFORMS);
        assertThat(view.description.getText()).startsWith("Une ligne par plateforme");
        _setValue(view.platforms, Set.of(platforms.findByName("WeChat").orElseThrow()));
        assertThat(view.rowCount.getText()).isEqualTo("1 ligne");
        _setValue(view.platforms, Set.of());
        long rows = reports.count(Report.PLATFORMS, ReportFilter.ALL);
        assertThat(view.rowCount.getText()).isEqualTo(rows + " lignes");
        ShownTexts.assertReadsInFrench();
    }

    @Test
    void an_english_reader_gets_commas_by_default() {
        login("viewer");
        browserPrefers(Locale.UK);
        assertThat(open().separator.getValue()).isEqualTo(CsvSeparator.COMMA);
    }

    @Test
    void a_report_downloaded_by_a_french_user_is_the_english_users_byte_for_byte() {
        login("viewer");
        browserPrefers(Locale.UK);
        Map<Report, byte[]> english = new EnumMap<>(Report.class);
        for (Report report : Report.values()) {
            english.put(report, download(report, CsvSeparator.COMMA));
        }

        browserPrefers(Locale.FRANCE);
        for (Report report : Report.values()) {
            byte[] french = download(report, CsvSeparator.COMMA);
            assertThat(french).as("%s downloaded in French", report).isEqualTo(english.get(report));
            assertThat(read(french, ',').size()).as("rows of %s", report).isGreaterThan(1);
        }
    }

    @Test
    void a_semicolon_report_has_the_same_header_and_values_separated_by_semicolons() {
        login("viewer");
        browserPrefers(Locale.FRANCE);
        for (Report report : Report.values()) {
            byte[] commas = download(report, CsvSeparator.COMMA);
            byte[] semicolons = download(report, CsvSeparator.SEMICOLON);
            String text = new String(semicolons, StandardCharsets.UTF_8);
            List<List<String>> records = read(semicolons, ';');

            assertThat(text).as("%s", report).startsWith("\uFEFF" + String.join(";", records.getFirst()) + "\r\n");
            assertThat(records).as("%s read with semicolons", report).isEqualTo(read(commas, ','));
            assertThat(records.getFirst()).as("header of %s", report).hasSizeGreaterThan(5);
        }
    }

    /** Chooses the report and the separator on the page, then downloads the file by its link. */
    private byte[] download(Report report, CsvSeparator separator) {
        ReportsView view = open();
        _setValue(view.report, report);
        _setValue(view.separator, separator);
        return _download(view.download);
    }

    private static ReportsView open() {
        UI.getCurrent().navigate(ReportsView.class);
        return _get(ReportsView.class);
    }

    private static List<List<String>> read(byte[] file, char separator) {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).ofCsvRecord(text.substring(1))) {
            return reader.stream().map(CsvRecord::getFields).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
