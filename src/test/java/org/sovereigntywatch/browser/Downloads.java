package org.sovereigntywatch.browser;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The browser's download folder: a link is clicked as a person clicks it, and the file that arrives is read as a
 * spreadsheet would read it. A file counts as arrived once Chromium has renamed it from its {@code .crdownload}.
 */
final class Downloads {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Ui ui;
    private final Path folder;

    Downloads(Ui ui) {
        this.ui = ui;
        this.folder = ui.downloads();
    }

    /** Clicks the link or button {@code text} and returns the file it brought, once complete. */
    Path click(String text) {
        Set<Path> before = files();
        ui.click(text);
        Path arrived = ui.waitFor("a downloaded file in " + folder, () -> {
            Set<Path> now = files();
            boolean busy = now.stream().anyMatch(Downloads::partial);
            return busy ? null : now.stream().filter(file -> !before.contains(file)).findFirst().orElse(null);
        });
        return arrived;
    }

    /**
     * Clicks {@code text} and reads the CSV that arrives strictly: a UTF-8 byte-order mark first, valid UTF-8, RFC 4180
     * (every record as many fields as the header, quotes closed, nothing after a closing quote). The file is deleted
     * afterwards, so the next download of the same report keeps its plain name.
     */
    Csv csv(String text) {
        Path file = click(text);
        try {
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            return Csv.parse(file.getFileName().toString(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<Path> files() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Chromium writes into {@code name.crdownload} (or a hidden temporary file) and renames it when done. */
    private static boolean partial(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".crdownload") || name.startsWith(".");
    }

    /** A downloaded CSV: its file name, whether it began with a BOM, its header and its data rows. */
    record Csv(String fileName, boolean byteOrderMark, List<String> header, List<List<String>> rows) {

        static Csv parse(String fileName, byte[] bytes) {
            boolean bom = bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
            String text = strictUtf8(bytes, bom ? 3 : 0);
            List<List<String>> records;
            try (CsvReader<CsvRecord> reader = CsvReader.builder()
                    .allowExtraFields(false).allowMissingFields(false)
                    .allowExtraCharsAfterClosingQuote(false).allowUnclosedQuote(false)
                    .skipEmptyLines(false).detectBomHeader(false)
                    .ofCsvRecord(text)) {
                records = reader.stream().map(CsvRecord::getFields).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException malformed) {
                throw new AssertionError(fileName + " is not strict RFC 4180 CSV: " + malformed.getMessage(), malformed);
            }
            if (records.isEmpty()) {
                throw new AssertionError(fileName + " has no header line");
            }
            return new Csv(fileName, bom, records.getFirst(), records.subList(1, records.size()));
        }

        private static String strictUtf8(byte[] bytes, int offset) {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            } catch (CharacterCodingException e) {
                throw new AssertionError("Not UTF-8: " + e.getMessage(), e);
            }
        }

        /** The values of the column {@code name}, top to bottom. */
        List<String> column(String name) {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new AssertionError(fileName + " has no column " + name + "; it has " + header);
            }
            return rows.stream().map(row -> row.get(index)).toList();
        }
    }
}
