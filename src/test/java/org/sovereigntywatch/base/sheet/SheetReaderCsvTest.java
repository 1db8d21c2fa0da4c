package org.sovereigntywatch.base.sheet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovereigntywatch.base.Texts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SheetReaderCsvTest {

    @TempDir
    Path directory;

    private SheetFiles files;

    @BeforeEach
    void files() {
        files = new SheetFiles(directory);
    }

    @Test
    void a_comma_separated_file_with_a_byte_order_mark_gives_its_stripped_header_then_its_rows() throws Exception {
        Path file = files.text(
                "\uFEFF Title ,date\u00A0,jurisdiction\r\nData Act,2025-01-19,EU\r\nCLOUD Act,2018-03-23,US\r\n");

        try (SheetReader reader = SheetReader.open(file, "events.csv")) {
            assertThat(reader.format()).isEqualTo(SheetFormat.CSV_COMMA);
            assertThat(reader.header()).containsExactly("Title", "date", "jurisdiction");
            assertThat(all(reader)).containsExactly(
                    new SheetRow(2, List.of("Data Act", "2025-01-19", "EU")),
                    new SheetRow(3, List.of("CLOUD Act", "2018-03-23", "US")));
        }
    }

    @Test
    void a_semicolon_separated_file_as_french_excel_writes_it_is_recognised_by_its_header() throws Exception {
        Path file = files.text("titre;date;description\nLoi SREN;2024-05-21;Sécurité, régulation\n");

        try (SheetReader reader = SheetReader.open(file, "export.csv")) {
            assertThat(reader.format()).isEqualTo(SheetFormat.CSV_SEMICOLON);
            assertThat(Texts.label(Locale.UK, reader.format())).isEqualTo("CSV, semicolon-separated");
            assertThat(reader.header()).containsExactly("titre", "date", "description");
            assertThat(reader.next())
                    .isEqualTo(new SheetRow(2, List.of("Loi SREN", "2024-05-21", "Sécurité, régulation")));
        }
    }

    @Test
    void a_header_with_as_many_semicolons_as_commas_is_semicolon_separated() throws Exception {
        try (SheetReader reader = SheetReader.open(files.text("Nom;Date, heure\nx;2025-01-19 10:00\n"), "f.csv")) {
            assertThat(reader.format()).isEqualTo(SheetFormat.CSV_SEMICOLON);
            assertThat(reader.header()).containsExactly("Nom", "Date, heure");
        }
    }

    @Test
    void a_comma_in_the_header_inside_quotes_does_not_count_for_the_separator() throws Exception {
        Path file = files.text("\"name, short\";\"a, b, c\";x\n1;2;3\n");

        try (SheetReader reader = SheetReader.open(file, "f.csv")) {
            assertThat(reader.format()).isEqualTo(SheetFormat.CSV_SEMICOLON);
            assertThat(reader.header()).containsExactly("name, short", "a, b, c", "x");
        }
    }

    @Test
    void quoted_cells_keep_separators_quotes_and_line_breaks_and_lines_are_counted_as_an_editor_shows_them()
            throws Exception {
        Path file = files.text("""
                title,notes
                "One, two","He said ""hi""\"
                Multi,"first line
                second line
                third line"
                After,x
                """);

        try (SheetReader reader = SheetReader.open(file, "f.csv")) {
            assertThat(all(reader)).containsExactly(
                    new SheetRow(2, List.of("One, two", "He said \"hi\"")),
                    new SheetRow(3, List.of("Multi", "first line\nsecond line\nthird line")),
                    new SheetRow(6, List.of("After", "x")));
        }
    }

    @Test
    void blank_lines_and_rows_of_empty_cells_are_skipped_but_still_counted() throws Exception {
        Path file = files.text("\n\na,b\r\n\r\n,\r\n  , \r\n1,2\r\n\r\n");

        try (SheetReader reader = SheetReader.open(file, "f.csv")) {
            assertThat(reader.header()).containsExactly("a", "b");
            assertThat(all(reader)).containsExactly(new SheetRow(7, List.of("1", "2")));
        }
    }

    @Test
    void a_first_row_of_empty_or_non_breaking_space_cells_is_blank_and_the_header_is_the_next() throws Exception {
        Path file = files.text(",,\n\u00A0,\u00A0\ntitle,date\nx,y\n");

        try (SheetReader reader = SheetReader.open(file, "f.csv")) {
            assertThat(reader.header()).containsExactly("title", "date");
            assertThat(all(reader)).containsExactly(new SheetRow(4, List.of("x", "y")));
        }
    }

    @Test
    void a_file_with_only_a_header_has_no_rows() throws Exception {
        try (SheetReader reader = SheetReader.open(files.text("a,b\n"), "f.csv")) {
            assertThat(reader.header()).containsExactly("a", "b");
            assertThat(reader.next()).isNull();
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void ragged_rows_are_returned_for_the_caller_to_report() throws Exception {
        Path file = files.text("a,b,c\n1,2\n1,2,3,4\n1,2,3\n");

        try (SheetReader reader = SheetReader.open(file, "f.csv")) {
            SheetRow shorter = reader.next();
            SheetRow longer = reader.next();
            SheetRow even = reader.next();
            assertThat(shorter.ragged(3)).isTrue();
            assertThat(shorter.cell(2)).isEmpty();
            assertThat(longer.ragged(3)).isTrue();
            assertThat(longer.cell(3)).isEqualTo("4");
            assertThat(even.ragged(3)).isFalse();
        }
    }

    @Test
    void empty_cells_after_the_last_named_column_are_not_ragged_as_spreadsheets_write_them() throws Exception {
        Path file = files.text("a,b,,\n1,2,,\n3,4\n5,6,,x\n");

        try (SheetReader reader = SheetReader.open(file, "f.csv")) {
            assertThat(reader.header()).containsExactly("a", "b");
            assertThat(all(reader)).extracting(row -> row.ragged(2)).containsExactly(false, false, true);
        }
    }

    @Test
    void the_apostrophe_an_export_puts_before_a_formula_is_removed_and_the_cell_stays_text() throws Exception {
        Path file = files.text("a,b,c,d\n'=1+1,'+33 1 23,'tis,=SUM(A1)\n");

        try (SheetReader reader = SheetReader.open(file, "f.csv")) {
            assertThat(reader.next().cells()).containsExactly("=1+1", "+33 1 23", "'tis", "=SUM(A1)");
        }
    }

    @Test
    void the_content_decides_the_format_not_the_name() throws Exception {
        try (SheetReader reader = SheetReader.open(files.text("a,b\n1,2\n"), "report.xlsx")) {
            assertThat(reader.format()).isEqualTo(SheetFormat.CSV_COMMA);
        }
    }

    @Test
    void a_cell_of_exactly_the_longest_length_is_read() throws Exception {
        String longest = "x".repeat(SheetReader.MAX_CELL_CHARS);
        try (SheetReader reader = SheetReader.open(files.text("a,b\n1,\"" + longest + "\"\n"), "f.csv")) {
            assertThat(reader.next().cell(1)).isEqualTo(longest);
        }
    }

    @Test
    void a_header_with_years_among_names_is_a_header() throws Exception {
        try (SheetReader reader = SheetReader.open(files.text("Country,2023,2024\nFR,1,2\n"), "f.csv")) {
            assertThat(reader.header()).containsExactly("Country", "2023", "2024");
        }
    }

    static List<SheetRow> all(SheetReader reader) throws SheetException {
        List<SheetRow> rows = new ArrayList<>();
        for (SheetRow row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }
}
