package org.sovereigntywatch.base.sheet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereigntywatch.base.sheet.SheetReaderCsvTest.all;

class SheetReaderXlsxTest {

    @TempDir
    Path directory;

    private SheetFiles files;

    @BeforeEach
    void files() {
        files = new SheetFiles(directory);
    }

    @Test
    void each_kind_of_cell_reads_as_the_text_a_user_sees_in_it() throws Exception {
        Path file = files.workbook(sheet -> {
            String[] header = {"count", "share", "small", "day", "moment", "flag", "sum", "title", "as text"};
            for (int i = 0; i < header.length; i++) {
                sheet.value(0, i, header[i]);
            }
            sheet.value(1, 0, 42);
            sheet.value(1, 1, 42.5);
            sheet.value(1, 2, new BigDecimal("0.1"));
            sheet.value(1, 3, LocalDate.of(2025, 1, 19));
            sheet.style(1, 3).format("yyyy-mm-dd").set();
            sheet.value(1, 4, LocalDateTime.of(2025, 1, 19, 14, 30));
            sheet.style(1, 4).format("dd/mm/yyyy hh:mm").set();
            sheet.value(1, 5, true);
            sheet.formula(1, 6, "A2*2");
            sheet.value(1, 7, "Data Act");
            sheet.value(1, 8, "=1+1");
        });

        try (SheetReader reader = SheetReader.open(file, "events.xlsx")) {
            assertThat(reader.format()).isEqualTo(SheetFormat.XLSX);
            assertThat(reader.header()).containsExactly("count", "share", "small", "day", "moment", "flag", "sum",
                    "title", "as text");
            assertThat(reader.next()).isEqualTo(new SheetRow(2, List.of("42", "42.5", "0.1", "2025-01-19",
                    "2025-01-19T14:30", "true", "=A2*2", "Data Act", "=1+1")));
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void a_formula_is_read_as_its_text_never_as_the_value_excel_last_computed() throws Exception {
        Path file = files.rawWorkbook("""
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
                <row r="2"><c r="A2"><v>1</v></c><c r="B2"><f>HYPERLINK("http://evil.example",A2+1)</f><v>2</v></c></row>
                <row r="3"><c r="A3"><v>2</v></c><c r="B3" t="str"><f>CONCAT("a","b")</f><v>ab</v></c></row>
                """, "value", "formula");

        try (SheetReader reader = SheetReader.open(file, "f.xlsx")) {
            assertThat(all(reader)).extracting(row -> row.cell(1))
                    .containsExactly("=HYPERLINK(\"http://evil.example\",A2+1)", "=CONCAT(\"a\",\"b\")");
        }
    }

    @Test
    void numbers_are_written_as_typed_without_a_trailing_zero_or_binary_noise() throws Exception {
        Path file = files.rawWorkbook("""
                <row r="1"><c r="A1" t="s"><v>0</v></c></row>
                <row r="2"><c r="A2"><v>42.0</v></c></row>
                <row r="3"><c r="A3"><v>0.30000000000000004</v></c></row>
                <row r="4"><c r="A4"><v>1E-3</v></c></row>
                <row r="5"><c r="A5"><v>-0.0</v></c></row>
                <row r="6"><c r="A6"><v>123456789012</v></c></row>
                """, "n");

        try (SheetReader reader = SheetReader.open(file, "f.xlsx")) {
            assertThat(all(reader)).extracting(row -> row.cell(0))
                    .containsExactly("42", "0.3", "0.001", "0", "123456789012");
        }
    }

    @Test
    void only_the_first_sheet_is_read() throws Exception {
        Path file = files.workbook(first -> {
            first.value(0, 0, "title");
            first.value(1, 0, "first sheet");
        }, second -> {
            second.value(0, 0, "other");
            second.value(1, 0, "second sheet");
        });

        try (SheetReader reader = SheetReader.open(file, "f.xlsx")) {
            assertThat(reader.header()).containsExactly("title");
            assertThat(all(reader)).containsExactly(new SheetRow(2, List.of("first sheet")));
        }
    }

    @Test
    void rows_carry_their_spreadsheet_row_number_and_blank_rows_are_skipped() throws Exception {
        Path file = files.workbook(sheet -> {
            sheet.value(2, 0, "title");
            sheet.value(2, 1, "date");
            sheet.value(3, 0, "A");
            sheet.value(4, 1, "");
            sheet.value(6, 0, "B");
        });

        try (SheetReader reader = SheetReader.open(file, "f.xlsx")) {
            assertThat(reader.header()).containsExactly("title", "date");
            assertThat(all(reader)).extracting(SheetRow::line).containsExactly(4L, 7L);
        }
    }

    @Test
    void a_row_with_empty_cells_at_its_end_is_as_wide_as_the_header_and_a_cell_past_it_makes_it_ragged()
            throws Exception {
        Path file = files.workbook(sheet -> {
            sheet.value(0, 0, "a");
            sheet.value(0, 1, "b");
            sheet.value(0, 2, "c");
            sheet.value(1, 0, "only the first");
            sheet.value(2, 3, "past the header");
        });

        try (SheetReader reader = SheetReader.open(file, "f.xlsx")) {
            SheetRow shortRow = reader.next();
            assertThat(shortRow.cells()).containsExactly("only the first", "", "");
            assertThat(shortRow.ragged(3)).isFalse();
            SheetRow wideRow = reader.next();
            assertThat(wideRow.cells()).containsExactly("", "", "", "past the header");
            assertThat(wideRow.ragged(3)).isTrue();
        }
    }

    @Test
    void a_workbook_named_csv_is_read_as_a_workbook() throws Exception {
        Path workbook = files.workbook(sheet -> {
            sheet.value(0, 0, "title");
            sheet.value(1, 0, "x");
        });
        Path misnamed = Files.move(workbook, directory.resolve("misnamed.csv"));

        try (SheetReader reader = SheetReader.open(misnamed, "misnamed.csv")) {
            assertThat(reader.format()).isEqualTo(SheetFormat.XLSX);
            assertThat(reader.next().cells()).containsExactly("x");
        }
    }

    @Test
    void an_exported_csv_that_went_through_excel_loses_the_formula_apostrophe_too() throws Exception {
        Path file = files.workbook(sheet -> {
            sheet.value(0, 0, "title");
            sheet.value(1, 0, "'=1+1");
            sheet.value(2, 0, "'tis");
        });

        try (SheetReader reader = SheetReader.open(file, "f.xlsx")) {
            assertThat(all(reader)).extracting(row -> row.cell(0)).containsExactly("=1+1", "'tis");
        }
    }

    @Test
    void a_workbook_without_styles_is_read_with_its_numbers_as_numbers() throws Exception {
        Path file = files.rawWorkbook("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>day</t></is></c></row>
                <row r="2"><c r="A2"><v>45676</v></c></row>
                """);

        try (SheetReader reader = SheetReader.open(file, "f.xlsx")) {
            assertThat(reader.next().cells()).containsExactly("45676");
        }
    }

    @Test
    void date_formats_are_told_from_number_formats_as_excel_tells_them() {
        assertThat(XlsxCells.isDateFormat(14, null)).isTrue();
        assertThat(XlsxCells.isDateFormat(164, "yyyy-mm-dd")).isTrue();
        assertThat(XlsxCells.isDateFormat(165, "[$-40C]d mmmm yyyy;@")).isTrue();
        assertThat(XlsxCells.isDateFormat(166, "h:mm")).isTrue();
        assertThat(XlsxCells.isDateFormat(0, "General")).isFalse();
        assertThat(XlsxCells.isDateFormat(4, "#,##0.00")).isFalse();
        assertThat(XlsxCells.isDateFormat(167, "[Red]0.00\" days\"")).isFalse();
        assertThat(XlsxCells.isDateFormat(168, "[$€-407]#,##0.00;-#,##0.00")).isFalse();
        assertThat(XlsxCells.isDateFormat(null, null)).isFalse();
    }
}
