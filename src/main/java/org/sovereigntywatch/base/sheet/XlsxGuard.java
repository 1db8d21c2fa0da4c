package org.sovereigntywatch.base.sheet;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a ZIP before the workbook reader opens it. That reader trusts its input: it keeps every shared text up to
 * the last one a cell uses, builds a cell's text whatever its length, and makes room for as many columns as a cell's
 * address claims. A 50 MB upload can unpack to tens of gigabytes of XML, so each of those is bounded here first, in
 * one pass over the unpacked bytes that keeps nothing but counters: the unpacked size, the bytes between two tags,
 * the size of a cell, a shared text and a row, the cells of a row, a cell address's column letters, and a shared
 * text's number against how many there are.
 * <p>
 * It also tells a workbook from the other things a ZIP can be (an OpenDocument sheet, a Word file, an archive).
 */
final class XlsxGuard {

    private static final int MAX_ENTRIES = 10_000;
    private static final long MAX_UNPACKED_BYTES = 1L << 30;
    /** Styles, the workbook's list of sheets and the like: small in any real file, kept whole by the reader. */
    private static final long MAX_OTHER_PART_BYTES = 64L << 20;
    /** The shared texts are kept in memory up to the last one used. */
    private static final long MAX_SHARED_STRINGS_BYTES = 256L << 20;
    /** Room for the longest cell allowed, written out with markup, entities and rich-text runs. */
    private static final long MAX_CELL_BYTES = 4L << 20;
    private static final long MAX_ROW_BYTES = 16L << 20;
    /** Excel's own limit (column XFD); the reader's limit on named columns is checked on the rows themselves. */
    private static final int MAX_CELLS_PER_ROW = 16_384;
    private static final int MAX_COLUMN_LETTERS = 3;

    static final Text DAMAGED = new Text("sheet.xlsx.damaged");

    private static final Pattern OVERRIDE = Pattern.compile("<(?:\\w+:)?Override\\b[^>]*>");
    private static final Pattern PART_NAME = Pattern.compile("PartName\\s*=\\s*[\"']/?([^\"']+)[\"']");
    private static final String SHARED_STRINGS_TYPE = "spreadsheetml.sharedStrings+xml";
    private static final String STYLES_TYPE = "spreadsheetml.styles+xml";

    private XlsxGuard() {
    }

    /**
     * Refuses what is not a workbook, or one that would make the reader build more than it should.
     *
     * @return whether the workbook has cell styles: without them, there are no date formats to read
     */
    static boolean check(Path file) throws SheetException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw damaged();
            }
            String contentTypes = contentTypes(zip);
            String sharedStringsName = sharedStringsPart(contentTypes);
            long unpacked = 0;
            long sharedStrings = 0;
            @Nullable ZipEntry sharedStringsEntry = sharedStringsName == null ? null : entry(zip, sharedStringsName);
            if (sharedStringsEntry != null) {
                Scan scan = scan(zip, sharedStringsEntry, MAX_SHARED_STRINGS_BYTES, 0);
                sharedStrings = scan.sharedStrings;
                unpacked += scan.bytes;
            }
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (!isXml(entry) || entry.equals(sharedStringsEntry)) {
                    // The reader opens nothing but XML parts: images and the like are never unpacked.
                    continue;
                }
                long limit = isSheet(entry) ? MAX_UNPACKED_BYTES : MAX_OTHER_PART_BYTES;
                unpacked += scan(zip, entry, limit, sharedStrings).bytes;
                if (unpacked > MAX_UNPACKED_BYTES) {
                    throw tooLarge();
                }
            }
            return contentTypes.contains(STYLES_TYPE);
        } catch (IOException e) {
            // ZipException included: a truncated upload or a file that only starts like a ZIP.
            throw damaged(e);
        }
    }

    private static SheetException damaged() {
        return new SheetException(DAMAGED);
    }

    /** The workbook cannot be read, as {@code cause} found. */
    static SheetException damaged(Exception cause) {
        return new SheetException(DAMAGED, cause);
    }

    private static SheetException tooLarge() {
        return new SheetException(new Text("sheet.xlsx.too-large"));
    }

    /** The package's list of parts and their types, which every Office file has; refuses other ZIPs, naming them. */
    private static String contentTypes(ZipFile zip) throws IOException, SheetException {
        ZipEntry types = zip.getEntry("[Content_Types].xml");
        if (types == null) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && read(zip, mimetype).startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
                throw new SheetException(new Text("sheet.xlsx.ods"));
            }
            throw new SheetException(new Text("sheet.xlsx.zip"));
        }
        String text = read(zip, types);
        if (text.contains("spreadsheetml.sheet.main+xml") || text.contains("ms-excel.sheet.macroEnabled.main+xml")) {
            return text;
        }
        if (text.contains("ms-excel.sheet.binary.macroEnabled.main")) {
            throw new SheetException(new Text("sheet.xlsx.xlsb"));
        }
        throw new SheetException(new Text("sheet.xlsx.other-office"));
    }

    private static String read(ZipFile zip, ZipEntry entry) throws IOException, SheetException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(1 << 20);
            if (in.read() >= 0) {
                throw damaged();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static @Nullable String sharedStringsPart(String contentTypes) {
        Matcher override = OVERRIDE.matcher(contentTypes);
        while (override.find()) {
            if (override.group().contains(SHARED_STRINGS_TYPE)) {
                Matcher name = PART_NAME.matcher(override.group());
                return name.find() ? name.group(1) : null;
            }
        }
        return null;
    }

    /** The entry of that name, compared as the workbook reader compares them: ignoring case. */
    private static @Nullable ZipEntry entry(ZipFile zip, String name) {
        ZipEntry exact = zip.getEntry(name);
        if (exact != null) {
            return exact;
        }
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            if (entry.getName().equalsIgnoreCase(name)) {
                return entry;
            }
        }
        return null;
    }

    private static boolean isXml(ZipEntry entry) {
        String name = entry.getName().toLowerCase(Locale.ROOT);
        return !entry.isDirectory() && (name.endsWith(".xml") || name.endsWith(".rels"));
    }

    private static boolean isSheet(ZipEntry entry) {
        return entry.getName().toLowerCase(Locale.ROOT).startsWith("xl/worksheets/");
    }

    private static Scan scan(ZipFile zip, ZipEntry entry, long limit, long sharedStrings)
            throws IOException, SheetException {
        Scan scan = new Scan(limit, sharedStrings);
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                scan.feed(buffer, read);
            }
        }
        return scan;
    }

    /**
     * One part's bytes, looked at as XML tags closely enough to bound what the reader would build from them. The
     * same rules serve every part: a worksheet's elements ({@code row}, {@code c}, {@code v}) and the shared texts'
     * ({@code si}) hardly occur elsewhere, and where they do, bounding them costs nothing.
     */
    private static final class Scan {

        private final long limit;
        private final long sharedStringsKnown;
        long bytes;
        long sharedStrings;

        private boolean inTag;
        private long tagStart;
        private boolean closingTag;
        private byte quote;
        private final byte[] name = new byte[32];
        private int nameLength;
        private boolean nameDone;
        private final byte[] attributes = new byte[1024];
        private int attributesLength;
        private byte previous;

        private long rowStart = -1;
        private int cellsInRow;
        private long cellStart = -1;
        private long sharedStringStart = -1;
        private boolean sharedStringCell;
        private boolean inSharedIndex;
        private long sharedIndex;

        Scan(long limit, long sharedStringsKnown) {
            this.limit = limit;
            this.sharedStringsKnown = sharedStringsKnown;
        }

        void feed(byte[] buffer, int length) throws SheetException {
            long base = bytes;
            bytes += length;
            if (bytes > limit) {
                throw tooLarge();
            }
            for (int i = 0; i < length; i++) {
                byte b = buffer[i];
                if (inTag) {
                    inTag(b);
                } else if (b == '<') {
                    startTag(base + i);
                } else if (inSharedIndex) {
                    sharedIndexDigit(b);
                }
                previous = b;
            }
            // Text between two tags, or one tag, is what the reader builds in one piece.
            if (bytes - tagStart > MAX_CELL_BYTES) {
                throw SheetReader.cellTooLong();
            }
        }

        private void startTag(long offset) throws SheetException {
            if (offset - tagStart > MAX_CELL_BYTES
                    || rowStart >= 0 && offset - rowStart > MAX_ROW_BYTES
                    || cellStart >= 0 && offset - cellStart > MAX_CELL_BYTES
                    || sharedStringStart >= 0 && offset - sharedStringStart > MAX_CELL_BYTES) {
                throw SheetReader.cellTooLong();
            }
            inTag = true;
            tagStart = offset;
            nameLength = 0;
            nameDone = false;
            closingTag = false;
            attributesLength = 0;
            quote = 0;
        }

        private void inTag(byte b) throws SheetException {
            if (quote != 0) {
                quote = b == quote ? 0 : quote;
                keepAttribute(b);
            } else if (b == '"' || b == '\'') {
                quote = b;
                keepAttribute(b);
            } else if (b == '>') {
                inTag = false;
                endTag(previous == '/');
            } else if (!nameDone) {
                if (b == '/' && nameLength == 0 && !closingTag) {
                    closingTag = true;
                } else if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/') {
                    nameDone = true;
                } else if (b == ':') {
                    nameLength = 0;
                } else if (nameLength < name.length) {
                    name[nameLength++] = b;
                }
            } else {
                keepAttribute(b);
            }
        }

        private void keepAttribute(byte b) {
            if (attributesLength < attributes.length) {
                attributes[attributesLength++] = b;
            }
        }

        private void endTag(boolean selfClosing) throws SheetException {
            if (is("c")) {
                if (!closingTag) {
                    startCell(selfClosing);
                } else {
                    cellStart = -1;
                    sharedStringCell = false;
                }
            } else if (is("v")) {
                if (closingTag && inSharedIndex && sharedIndex >= sharedStringsKnown) {
                    throw damaged();
                }
                inSharedIndex = !closingTag && !selfClosing && sharedStringCell;
                sharedIndex = 0;
            } else if (is("row")) {
                rowStart = closingTag || selfClosing ? -1 : tagStart;
                cellsInRow = 0;
            } else if (is("si")) {
                if (!closingTag) {
                    sharedStrings++;
                }
                sharedStringStart = closingTag || selfClosing ? -1 : tagStart;
            }
        }

        private void startCell(boolean selfClosing) throws SheetException {
            if (rowStart >= 0 && ++cellsInRow > MAX_CELLS_PER_ROW) {
                throw SheetReader.tooManyColumns(new Text("sheet.place.a-row"));
            }
            int reference = valueOf('r');
            if (reference >= 0 && columnLetters(reference) > MAX_COLUMN_LETTERS) {
                throw damaged();
            }
            int type = valueOf('t');
            sharedStringCell = type >= 0 && type + 1 < attributesLength && attributes[type] == 's'
                    && attributes[type + 1] == attributes[type - 1];
            cellStart = selfClosing ? -1 : tagStart;
        }

        private void sharedIndexDigit(byte b) throws SheetException {
            if (b >= '0' && b <= '9') {
                sharedIndex = sharedIndex * 10 + (b - '0');
                if (sharedIndex > Integer.MAX_VALUE) {
                    throw damaged();
                }
            }
        }

        /** Whether the tag's local name (without a namespace prefix) is {@code expected}. */
        private boolean is(String expected) {
            if (nameLength != expected.length()) {
                return false;
            }
            for (int i = 0; i < nameLength; i++) {
                if (name[i] != expected.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private int columnLetters(int from) {
            int at = from < attributesLength && attributes[from] == '$' ? from + 1 : from;
            int letters = 0;
            while (at < attributesLength && isLetter(attributes[at])) {
                letters++;
                at++;
            }
            return letters;
        }

        private static boolean isLetter(byte b) {
            return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z';
        }

        /**
         * Where the value of a one-letter attribute starts (just after its opening quote) in the tag's attribute
         * bytes, or -1: a cell's tag holds a few short attributes ({@code r="B7" s="3" t="s"}).
         */
        private int valueOf(char attribute) {
            for (int at = 0; at + 2 < attributesLength; at++) {
                if (attributes[at] == attribute && (at == 0 || isSpace(attributes[at - 1]))) {
                    int equals = at + 1;
                    while (equals < attributesLength && isSpace(attributes[equals])) {
                        equals++;
                    }
                    if (equals < attributesLength && attributes[equals] == '=') {
                        int open = equals + 1;
                        while (open < attributesLength && isSpace(attributes[open])) {
                            open++;
                        }
                        return open < attributesLength ? open + 1 : -1;
                    }
                }
            }
            return -1;
        }

        private static boolean isSpace(byte b) {
            return b == ' ' || b == '\t' || b == '\n' || b == '\r';
        }
    }
}
