package org.sovereigntywatch.base.sheet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovereigntywatch.base.CsvTable;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereigntywatch.base.sheet.SheetReaderCsvTest.all;

/** What the exports write, the reader reads back as it was, whatever the text. */
class CsvExportRoundTripTest {

    record Row(String title, List<String> links, String note) {
    }

    private static final CsvTable<Row> TABLE = new CsvTable<Row>()
            .column("title", Row::title).column("links", Row::links).column("note", Row::note);

    @TempDir
    Path directory;

    @Test
    void an_export_read_back_gives_the_original_values() throws Exception {
        List<Row> rows = List.of(
                new Row("Commas, \"quotes\" and\r\nline breaks", List.of("https://a.example/1", "https://b.example/2"),
                        "first line\nsecond line\n\nfourth line"),
                new Row("=HYPERLINK(\"http://evil.example\")", List.of("+1"), "-2+3"),
                new Row("@SUM(A1)", List.of(), "\tcmd"),
                new Row("'=already quoted", List.of("''=twice"), "'tis a pipe | and a ; too"),
                new Row("« Petit Livre Rouge » 小红书 \uD83D\uDE00", List.of("x"), "y".repeat(10_000)),
                new Row("", List.of(), "only the note"));
        Path file = directory.resolve("concerns-2026-01-01.csv");
        try (OutputStream out = Files.newOutputStream(file); CsvTable.RowWriter<Row> writer = TABLE.open(out)) {
            rows.forEach(writer::write);
        }

        try (SheetReader reader = SheetReader.open(file, file.getFileName().toString())) {
            assertThat(reader.format()).isEqualTo(SheetFormat.CSV_COMMA);
            assertThat(reader.header()).containsExactly("title", "links", "note");
            List<List<String>> read = new ArrayList<>();
            for (SheetRow row : all(reader)) {
                assertThat(row.ragged(3)).isFalse();
                read.add(row.cells());
            }
            assertThat(read).containsExactlyElementsOf(rows.stream()
                    .map(row -> List.of(row.title(), String.join("|", row.links()), row.note())).toList());
        }
    }
}
