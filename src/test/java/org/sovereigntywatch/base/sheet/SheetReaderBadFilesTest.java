package org.sovereigntywatch.base.sheet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.Texts;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovereigntywatch.base.sheet.SheetReaderCsvTest.all;

/**
 * Every fault of a file gets a message of its own, and nothing of the file is returned. The messages are texts; here
 * they are read in British English, and one in French.
 */
class SheetReaderBadFilesTest {

    @TempDir
    Path directory;

    private SheetFiles files;

    @BeforeEach
    void files() {
        files = new SheetFiles(directory);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\uFEFF", "\n\n\r\n", "\uFEFF\r\n  \r\n", ",,\n , \n", ";;\r\n;;\r\n"})
    void a_file_with_nothing_in_it_is_empty(String content) {
        assertRefused(files.text(content), "The file is empty.");
    }

    @Test
    void a_workbook_whose_first_sheet_is_empty_says_so() {
        Path file = files.workbook(first -> { }, second -> second.value(0, 0, "title"));
        assertRefused(file, "The workbook’s first sheet is empty. The import reads the first sheet only");
    }

    @Test
    void an_image_named_csv_is_not_a_csv() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertRefused(files.bytes(png), "This is not a CSV or XLSX file (it looks like a PNG image).");
    }

    @Test
    void bytes_with_nul_are_not_a_csv() {
        byte[] binary = new byte[2000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7);
        }
        assertRefused(files.bytes(binary), "This is not a CSV or XLSX file");
    }

    @Test
    void a_nul_far_into_a_text_file_is_found_on_its_line() throws Exception {
        String rows = "title,n\n" + "a row,1\n".repeat(20_000);
        Path file = files.text(rows + "bad\u0000row,2\n");

        assertRefusedWhileReading(file, "This is not a CSV or XLSX file (line 20002 holds a NUL byte");
    }

    @Test
    void an_old_excel_file_is_named_and_the_way_out_given() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertRefused(files.bytes(ole2), "This is an old Excel workbook (.xls) or a password-protected one");
    }

    @Test
    void utf_16_text_is_named_and_the_way_out_given() {
        byte[] utf16 = "\uFEFFtitle,date\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertRefused(files.bytes(utf16), "This file is UTF-16 text");
    }

    @Test
    void a_zip_that_is_not_a_workbook_is_refused_clearly() {
        assertRefused(files.zip(Map.of("notes.txt", "hello")), "This is a ZIP archive, not an Excel workbook (.xlsx).");
    }

    @Test
    void an_opendocument_spreadsheet_is_named() {
        Path ods = files.zip(Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", "<x/>"));
        assertRefused(ods, "This is an OpenDocument spreadsheet (.ods)");
    }

    @Test
    void a_word_file_is_not_a_workbook() {
        Path docx = files.zip(Map.of("[Content_Types].xml", "<Types><Override PartName=\"/word/document.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>"));
        assertRefused(docx, "This is an Office file but not an Excel workbook");
    }

    @Test
    void a_truncated_workbook_is_damaged() throws IOException {
        Path workbook = files.workbook(sheet -> {
            for (int row = 0; row < 500; row++) {
                sheet.value(row, 0, "row " + row);
            }
        });
        byte[] whole = Files.readAllBytes(workbook);
        assertRefused(files.bytes(Arrays.copyOf(whole, whole.length / 2)), english(XlsxGuard.DAMAGED));
    }

    @Test
    void a_workbook_with_broken_xml_is_damaged() {
        Path file = files.rawWorkbook(
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\"><v>1</v>", "title");
        assertThatThrownBy(() -> {
            try (SheetReader reader = SheetReader.open(file, "f.xlsx")) {
                all(reader);
            }
        }).isInstanceOf(SheetException.class)
                .satisfies(refusal -> assertThat(((SheetException) refusal).text()).isEqualTo(XlsxGuard.DAMAGED));
    }

    @Test
    void latin_1_text_is_refused_on_its_line_with_the_way_to_save_it_as_utf_8() {
        byte[] latin1 = "title,description\nDMA,Règlement\nSREN,Sécurité\n".getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(files.bytes(latin1), "Line 2 is not UTF-8 text");
        assertRefused(files.bytes(latin1), "Save it again as “CSV UTF-8”");
    }

    @Test
    void latin_1_far_down_a_file_is_found_while_reading_on_its_line() {
        String rows = "title,n\n" + "a row,1\n".repeat(20_000);
        byte[] bytes = (rows + "Sécurité,2\n").getBytes(StandardCharsets.ISO_8859_1);

        assertRefusedWhileReading(files.bytes(bytes), "Line 20002 is not UTF-8 text");
    }

    @Test
    void a_quote_never_closed_is_reported_on_the_line_it_opens() {
        Path file = files.text("title,notes\nfine,row\n\"broken,cell\nnext,row\nlast,row\n");
        assertRefusedWhileReading(file, "Line 3: a quoted cell starts on this line and is never closed.");
    }

    @Test
    void a_quote_closed_much_later_is_reported_on_the_line_it_opens() {
        Path file = files.text("title,notes\nfine,row\nbroken,\"cell\nnext,row\nlast,\"row\"\n");
        assertRefusedWhileReading(file, "Line 3: the quotes on this line do not match");
    }

    @Test
    void a_quote_in_the_header_never_closed_is_reported_on_line_one() {
        assertRefused(files.text("\"title,notes\nx,y\n"),
                "Line 1: a quoted cell starts on this line and is never closed.");
    }

    @Test
    void duplicated_columns_are_named_whatever_their_case_and_spaces() {
        assertRefused(files.text("Title,Event date, title ,EventDate,source\n"),
                "The first row names the same column more than once: ‘Title’ (column 1 (A)) and ‘title’ "
                        + "(column 3 (C)); ‘Event date’ (column 2 (B)) and ‘EventDate’ (column 4 (D)).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,2,3\n4,5,6\n", "2025-01-19,2025-02-01\n", "19/01/2025;1 200,50\n",
            "Data Act,https://eur-lex.europa.eu/eli/reg/2023/2854\n"})
    void a_first_row_of_data_is_not_a_header(String content) {
        assertRefused(files.text(content), "The first row must name the columns (for example title, date, "
                + "jurisdiction), but it looks like data: ");
    }

    @Test
    void a_column_without_a_name_is_refused_by_its_place() {
        assertRefused(files.text("title,,date\nx,y,z\n"),
                "The first row must name the columns, but column 2 (B) has no name (Line 1).");
    }

    @Test
    void a_hundred_thousand_columns_are_refused_at_the_first_one_too_many() {
        String header = IntStream.range(0, 100_000).mapToObj(i -> "c" + i).collect(Collectors.joining(","));
        assertRefused(files.text(header + "\n"), "Line 1 has more than 500 columns, more than the import reads.");
    }

    @Test
    void a_data_row_with_too_many_columns_is_refused_when_it_is_read() {
        Path file = files.text("a,b\n1,2\n" + "x,".repeat(SheetReader.MAX_COLUMNS) + "x\n");
        assertRefusedWhileReading(file, "Line 3 has more than 500 columns");
    }

    @Test
    void a_workbook_row_with_too_many_columns_is_refused() {
        Path file = files.workbook(sheet -> {
            sheet.value(0, 0, "title");
            sheet.value(1, SheetReader.MAX_COLUMNS, "far right");
        });
        assertRefusedWhileReading(file, "Row 2 has more than 500 columns");
    }

    @Test
    void a_cell_over_the_limit_is_refused_by_its_line_and_column() {
        Path file = files.text("a,b\n1,\"" + "x".repeat(SheetReader.MAX_CELL_CHARS + 1) + "\"\n");
        assertRefusedWhileReading(file,
                "Line 2, column 2 (B): the cell holds 100,001 characters; the import takes at most 100,000 in a cell.");
    }

    @Test
    void a_workbook_cell_over_the_limit_is_refused_by_its_row_and_column() {
        Path file = files.workbook(sheet -> {
            sheet.value(0, 0, "title");
            sheet.value(1, 0, "x".repeat(SheetReader.MAX_CELL_CHARS + 1));
        });
        assertRefusedWhileReading(file, "Row 2, column 1 (A): the cell holds 100,001 characters");
    }

    @Test
    void a_row_over_the_limit_is_refused() {
        String cell = "x".repeat(SheetReader.MAX_CELL_CHARS);
        Path file = files.text("a\n" + (cell + ",").repeat(10) + "y\n");
        assertRefusedWhileReading(file, "Line 2 holds more than 1,000,000 characters");
    }

    @Test
    void a_file_over_the_upload_limit_is_refused_before_it_is_read() throws IOException {
        Path file = files.next("csv");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(SheetReader.MAX_BYTES + 1);
        }
        assertRefused(file, "The file is 50.0 MB; the import takes files of up to 50 MB.");
    }

    @Test
    void a_workbook_cell_address_past_any_real_column_is_refused_before_the_reader_makes_room_for_it() {
        Path file = files.rawWorkbook("<row r=\"1\"><c r=\"AAAAA1\" t=\"s\"><v>0</v></c></row>", "title");
        assertRefused(file, english(XlsxGuard.DAMAGED));
    }

    @Test
    void a_shared_text_that_does_not_exist_is_refused_before_the_reader_looks_for_it() {
        Path file = files.rawWorkbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5000000</v></c></row>", "title");
        assertRefused(file, english(XlsxGuard.DAMAGED));
    }

    @Test
    void a_workbook_cell_that_unpacks_to_megabytes_is_refused_before_it_is_built() {
        String huge = "a".repeat(5_000_000);
        Path file = files.rawWorkbook(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + huge + "</t></is></c></row>");
        assertRefused(file, "The workbook has a cell of more than 100,000 characters");
    }

    @Test
    void a_huge_shared_text_is_refused_before_it_is_built() {
        Path file = files.rawWorkbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", "b".repeat(5_000_000));
        assertRefused(file, "The workbook has a cell of more than 100,000 characters");
    }

    @Test
    void a_workbook_row_of_more_cells_than_excel_has_columns_is_refused_before_it_is_built() {
        Path file = files.rawWorkbook("<row r=\"1\">" + "<c/>".repeat(20_000) + "</row>");
        assertRefused(file, "A row has more than 500 columns");
    }

    @Test
    void a_workbook_part_that_unpacks_to_more_than_the_reader_should_keep_is_refused() throws IOException {
        Path file = files.next("xlsx");
        byte[] tags = "<numFmt/>".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(SheetFiles.CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/styles.xml"));
            for (long written = 0; written <= 64L << 20; written += tags.length) {
                zip.write(tags);
            }
        }
        assertRefused(file, "The workbook is too large, once unpacked, for the import to read.");
    }

    @Test
    void a_french_user_reads_what_is_wrong_with_the_file_in_french() {
        byte[] latin1 = "title,description\nDMA,Règlement\n".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(files.bytes(latin1), Locale.FRANCE, "La ligne 2 n’est pas du texte UTF-8");
        assertRefused(files.text("Title,Event date, title \n"), Locale.FRANCE, "La première ligne nomme plusieurs "
                + "fois la même colonne : « Title » (colonne 1 (A)) et « title » (colonne 3 (C)).");
        assertRefusedWhileReading(files.text("a,b\n1,\"" + "x".repeat(SheetReader.MAX_CELL_CHARS + 1) + "\"\n"),
                Locale.FRANCE, "Ligne 2, colonne 2 (B) : la cellule contient " + french(100_001) + " caractères ; "
                        + "l’import en accepte au plus " + french(100_000) + " par cellule.");
    }

    /** A number as French writes it: 100 001, with the space the JDK puts between thousands. */
    private static String french(long number) {
        return NumberFormat.getIntegerInstance(Locale.FRANCE).format(number);
    }

    private static String english(Text text) {
        return Texts.format(Locale.UK, text);
    }

    private static void assertRefused(Path file, String message) {
        assertRefused(file, Locale.UK, message);
    }

    private static void assertRefused(Path file, Locale language, String message) {
        assertThatThrownBy(() -> SheetReader.open(file, file.getFileName().toString()).close())
                .isInstanceOf(SheetException.class).satisfies(refusal -> assertThat(Texts.format(language,
                        ((SheetException) refusal).text())).contains(message));
    }

    private static void assertRefusedWhileReading(Path file, String message) {
        assertRefusedWhileReading(file, Locale.UK, message);
    }

    /** The fault is further down: the header opens, and reading the rows refuses the file. */
    private static void assertRefusedWhileReading(Path file, Locale language, String message) {
        assertThatThrownBy(() -> {
            try (SheetReader reader = SheetReader.open(file, file.getFileName().toString())) {
                all(reader);
            }
        }).isInstanceOf(SheetException.class).satisfies(refusal -> assertThat(Texts.format(language,
                ((SheetException) refusal).text())).contains(message));
    }
}
