package org.sovereigntywatch.base.sheet;

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
    private static final String HOW_TO_FIX =
            " Upload the sheet saved as \"CSV UTF-8\" or as an Excel workbook (.xlsx).";

    /** Known first bytes of files people upload by mistake, and what to call them. */
    private static final Signature[] NOT_SHEETS = {
            new Signature("a PNG image", 0x89, 'P', 'N', 'G'),
            new Signature("a JPEG image", 0xFF, 0xD8, 0xFF),
            new Signature("a GIF image", 'G', 'I', 'F', '8'),
            new Signature("a PDF document", '%', 'P', 'D', 'F', '-'),
            new Signature("a gzip archive", 0x1F, 0x8B),
            new Signature("a 7-Zip archive", '7', 'z', 0xBC, 0xAF),
            new Signature("a RAR archive", 'R', 'a', 'r', '!'),
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
            throw new SheetException("This is an old Excel workbook (.xls) or a password-protected one, which the "
                    + "import cannot read. Open it in Excel and save it as \"Excel Workbook (.xlsx)\" without a "
                    + "password, or as \"CSV UTF-8\".");
        }
        if (Arrays.stream(UTF_16).anyMatch(bom -> bom.matches(sample))) {
            throw new SheetException("This file is UTF-16 text (what Excel calls \"Unicode Text\"), which the import "
                    + "does not read. Save the sheet as \"CSV UTF-8\" instead.");
        }
        for (Signature signature : NOT_SHEETS) {
            if (signature.matches(sample)) {
                throw notASheet(" (it looks like " + signature.what() + ")");
            }
        }
        if (looksBinary(sample)) {
            throw notASheet(hintFromName(fileName));
        }
        return Kind.TEXT;
    }

    static SheetException notASheet(String hint) {
        return new SheetException("This is not a CSV or XLSX file" + hint + "." + HOW_TO_FIX);
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
    private static String hintFromName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".numbers")) {
            return " (it looks like an Apple Numbers file)";
        }
        if (name.endsWith(".xls") || name.endsWith(".xlsb")) {
            return " (it looks like an older or binary Excel format)";
        }
        return "";
    }

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
