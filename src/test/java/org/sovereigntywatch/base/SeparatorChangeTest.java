package org.sovereigntywatch.base;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A CSV written with commas, rewritten with semicolons as it streams: the same values, read back alike. */
class SeparatorChangeTest {

    private static final String MARK = "\uFEFF";

    @Test
    void commas_between_values_become_semicolons_and_nothing_else_changes() throws IOException {
        assertThat(semicolons(MARK + "id,title,platform\r\n1,TikTok ban,TikTok\r\n"))
                .isEqualTo(MARK + "id;title;platform\r\n1;TikTok ban;TikTok\r\n");
        assertThat(semicolons(",,\r\n")).isEqualTo(";;\r\n");
    }

    @Test
    void a_quoted_value_passes_as_it_is_with_its_commas_quotes_and_line_breaks() throws IOException {
        String quoted = "\"Reuters, \"\"ban\"\"\r\nblocked\"";
        assertThat(semicolons("a," + quoted + ",b\r\n")).isEqualTo("a;" + quoted + ";b\r\n");
        assertThat(semicolons(quoted + "\r\n")).isEqualTo(quoted + "\r\n");
    }

    @Test
    void an_unquoted_value_holding_a_semicolon_gets_quotes() throws IOException {
        assertThat(semicolons(MARK + "a;b,c\r\nd,e;f")).isEqualTo(MARK + "\"a;b\";c\r\nd;\"e;f\"");
    }

    @Test
    void only_a_whole_byte_order_mark_is_passed_before_the_first_value() throws IOException {
        // U+FFFD starts with the mark's first two bytes: it is part of the first value, which gets the quotes.
        assertThat(semicolons("\uFFFD;x,y")).isEqualTo("\"\uFFFD;x\";y");
        assertThat(semicolons(MARK + "\"q\",y")).isEqualTo(MARK + "\"q\";y");
        assertThat(semicolons("\uFEFF")).isEqualTo("\uFEFF");
    }

    @Test
    void what_the_csv_table_writes_reads_back_the_same_with_semicolons() throws IOException {
        List<List<String>> rows = List.of(
                List.of("1", "Plain", "小红书 « Petit Livre Rouge »"),
                List.of("2", "With, a comma", "With; a semicolon"),
                List.of("3", "With \"quotes\"", "Two\r\nlines"),
                List.of("4", "", "=cmd|' /C calc'!A0"),
                List.of("5", "a|b\\|c", "; leading"));
        CsvTable<List<String>> table = new CsvTable<List<String>>()
                .column("id", row -> row.get(0)).column("title", row -> row.get(1)).column("note", row -> row.get(2));
        ByteArrayOutputStream commas = new ByteArrayOutputStream();
        write(table, rows, commas);
        ByteArrayOutputStream semicolons = new ByteArrayOutputStream();
        write(table, rows, CsvSeparator.SEMICOLON.separating(semicolons));

        String commaText = commas.toString(StandardCharsets.UTF_8);
        String semicolonText = semicolons.toString(StandardCharsets.UTF_8);
        assertThat(semicolonText).startsWith(MARK + "id;title;note\r\n");
        assertThat(read(semicolonText, ';')).isEqualTo(read(commaText, ','));
        assertThat(read(semicolonText, ';')).hasSize(6).allSatisfy(fields -> assertThat(fields).hasSize(3));
    }

    @Test
    void the_comma_writes_straight_through() {
        OutputStream out = new ByteArrayOutputStream();
        assertThat(CsvSeparator.COMMA.separating(out)).isSameAs(out);
    }

    @Test
    void french_readers_get_semicolons_and_everyone_else_commas() {
        assertThat(CsvSeparator.forLocale(Locale.FRANCE)).isEqualTo(CsvSeparator.SEMICOLON);
        assertThat(CsvSeparator.forLocale(Locale.CANADA_FRENCH)).isEqualTo(CsvSeparator.SEMICOLON);
        assertThat(CsvSeparator.forLocale(Locale.UK)).isEqualTo(CsvSeparator.COMMA);
        assertThat(CsvSeparator.forLocale(Locale.US)).isEqualTo(CsvSeparator.COMMA);
    }

    private static void write(CsvTable<List<String>> table, List<List<String>> rows, OutputStream out) {
        try (var writer = table.open(out)) {
            rows.forEach(writer::write);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<List<String>> read(String text, char separator) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator)
                .ofCsvRecord(text.substring(1))) {
            return reader.stream().map(CsvRecord::getFields).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String semicolons(String commaSeparated) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream separated = CsvSeparator.SEMICOLON.separating(out)) {
            byte[] bytes = commaSeparated.getBytes(StandardCharsets.UTF_8);
            // Byte by byte and in one go alike: the first byte alone, then the rest.
            if (bytes.length > 0) {
                separated.write(bytes[0]);
                separated.write(bytes, 1, bytes.length - 1);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
