package org.sovereigntywatch.base.sheet;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Tells a ZIP (a workbook, perhaps) from text (a CSV, perhaps) by the file's first bytes, whatever its name, and
 * refuses what is neither with a message saying what it seems to be.
 */
final class FileSniffer {

    enum Kind { ZIP, TEXT }

    private static final int SAMPLE_BYTES = 8192;
    /** Known first bytes of files people upload by mistake, and what to call them ({@code sheet.looks-like.*}). */
    private static final Signature[] NOT_SHEETS = {
            new Signature("png", 0x89, 'P', 'N', 'G'),
            new Signature("jpeg", 0xFF, 0xD8, 0xFF),
            new Signature("gif", 'G', 'I', 'F', '8'),
            new Signature("pdf", '%', 'P', 'D', 'F', '-'),
            new Signature("gzip", 0x1F, 0x8B),
            new Signature("7z", '7', 'z', 0xBC, 0xAF),
            new Signature("rar", 'R', 'a', 'r', '!'),
    };
    private static final Signature OLE2 = new Signature("", 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    private static final Signature[] ZIPS = {
            new Signature("", 'P', 'K', 3, 4), new Signature("", 'P', 'K', 5, 6), new Signature("", 'P', 'K', 7, 8)};
    private static final Signature[] UTF_16 = {new Signature("", 0xFF, 0xFE), new Signature("", 0xFE, 0xFF)};

    private FileSniffer() {
    }

    static Kind sniff(Path file, String fileName) throws SheetException, IOException {
        byte[] sample = sample(file);
        if (Arrays.stream(ZIPS).anyMatch(zip -> zip.matches(sample))) {
            return Kind.ZIP;
        }
        if (OLE2.matches(sample)) {
            throw new SheetException(new Text("sheet.old-excel"));
        }
        if (Arrays.stream(UTF_16).anyMatch(bom -> bom.matches(sample))) {
            throw new SheetException(new Text("sheet.utf-16"));
        }
        for (Signature signature : NOT_SHEETS) {
            if (signature.matches(sample)) {
                throw notASheet(new Text("sheet.looks-like." + signature.what()));
            }
        }
        if (looksBinary(sample)) {
            throw notASheet(hintFromName(fileName));
        }
        return Kind.TEXT;
    }

    /** @param looksLike what the file seems to be instead, if anything tells */
    static SheetException notASheet(@Nullable Text looksLike) {
        return new SheetException(looksLike == null ? new Text("sheet.not-a-sheet")
                : new Text("sheet.not-a-sheet.looks-like", looksLike));
    }

    private static byte[] sample(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE_BYTES);
        }
    }

    /**
     * Text never holds NUL, and hardly any other control character besides tab, line breaks and form feed; a
     * sample with a NUL or with more than one such byte in a hundred is binary.
     */
    private static boolean looksBinary(byte[] sample) {
        int controls = 0;
        for (byte b : sample) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        return controls * 100 > sample.length;
    }

    /** What a file named so probably is, when its content did not say. */
    private static @Nullable Text hintFromName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".numbers")) {
            return new Text("sheet.looks-like.numbers");
        }
        if (name.endsWith(".xls") || name.endsWith(".xlsb")) {
            return new Text("sheet.looks-like.old-excel");
        }
        return null;
    }

    /** @param what the end of the {@code sheet.looks-like.*} key naming such a file; unused where it is known */
    private record Signature(String what, int... bytes) {

        boolean matches(byte[] sample) {
            if (sample.length < bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if ((sample[i] & 0xFF) != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
