package org.sovereigntywatch.base.sheet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading is streamed: a file far larger than one row is read a row at a time. No timing is asserted; the figures
 * printed are for comparing runs (docs/benchmarks.md).
 */
class SheetReaderStreamingTest {

    private static final int ROWS = 200_000;

    @TempDir
    Path directory;

    @Test
    void a_file_of_two_hundred_thousand_rows_is_read_to_its_end_row_by_row() throws Exception {
        Path file = directory.resolve("events.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFFjurisdiction,measure,date,action,description\r\n");
            for (int i = 1; i <= ROWS; i++) {
                out.write("FR,Measure " + i % 10_000 + ",2025-01-" + (10 + i % 20) + ",ANNOUNCED,"
                        + "\"Event " + i + ", described over\r\ntwo lines\"\r\n");
            }
        }

        Read read = read(file);

        assertThat(read.rows()).isEqualTo(ROWS);
        assertThat(read.lastLine()).isEqualTo(2L * ROWS);
        read.print("CSV", file);
    }

    @Test
    void a_workbook_of_fifty_thousand_rows_is_read_to_its_end_row_by_row() throws Exception {
        int rows = 50_000;
        Path file = new SheetFiles(directory).workbook(sheet -> {
            String[] header = {"jurisdiction", "measure", "date", "action", "description"};
            for (int column = 0; column < header.length; column++) {
                sheet.value(0, column, header[column]);
            }
            for (int row = 1; row <= rows; row++) {
                sheet.value(row, 0, "FR");
                sheet.value(row, 1, "Measure " + row % 10_000);
                sheet.value(row, 2, LocalDate.of(2025, 1, 10 + row % 20));
                sheet.style(row, 2).format("yyyy-mm-dd").set();
                sheet.value(row, 3, "ANNOUNCED");
                sheet.value(row, 4, "Event " + row);
            }
        });

        Read read = read(file);

        assertThat(read.rows()).isEqualTo(rows);
        assertThat(read.lastLine()).isEqualTo(rows + 1L);
        read.print("XLSX", file);
    }

    private static Read read(Path file) throws Exception {
        long started = System.nanoTime();
        long rows = 0;
        long lastLine = 0;
        try (SheetReader reader = SheetReader.open(file, file.getFileName().toString())) {
            for (SheetRow row = reader.next(); row != null; row = reader.next()) {
                rows++;
                lastLine = row.line();
                assertThat(row.ragged(reader.header().size())).isFalse();
            }
        }
        return new Read(rows, lastLine, (System.nanoTime() - started) / 1e9);
    }

    private record Read(long rows, long lastLine, double seconds) {

        void print(String format, Path file) throws IOException {
            System.out.printf("SheetReader: %,d %s rows (%,d KB) in %.2f s, %,.0f rows/s%n",
                    rows, format, Files.size(file) / 1024, seconds, rows / seconds);
        }
    }
}
