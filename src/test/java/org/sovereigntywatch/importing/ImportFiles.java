package org.sovereigntywatch.importing;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Files to import, written to a test's temporary folder. */
final class ImportFiles {

    private ImportFiles() {
    }

    /** A CSV file of these lines, UTF-8, lines ended with CRLF as spreadsheets write them. */
    static Path csv(Path folder, String... lines) {
        return bytes(folder, "file.csv", (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    static Path bytes(Path folder, String name, byte[] content) {
        try {
            Path file = java.nio.file.Files.createTempFile(folder, "import-", "-" + name);
            return java.nio.file.Files.write(file, content);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** An XLSX workbook whose first sheet holds these rows as text cells. */
    static Path xlsx(Path folder, List<List<String>> rows) {
        try {
            Path file = java.nio.file.Files.createTempFile(folder, "import-", ".xlsx");
            try (OutputStream out = java.nio.file.Files.newOutputStream(file)) {
                Workbook workbook = new Workbook(out, "test", "1.0");
                Worksheet sheet = workbook.newWorksheet("Sheet 1");
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        sheet.value(r, c, rows.get(r).get(c));
                    }
                }
                workbook.finish();
            }
            return file;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
