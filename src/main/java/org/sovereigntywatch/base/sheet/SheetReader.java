package org.sovereigntywatch.base.sheet;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A spreadsheet opened for reading: its header, then its rows, streamed. CSV or XLSX, told apart by content.
 * <p>
 * CSV: UTF-8 with or without a byte-order mark, comma or semicolon separated (whichever the header line uses more
 * of), RFC 4180 quoting with cells over several lines. XLSX: the first sheet. Either way only the current row is held,
 * whatever the file's size. Rows with nothing in them are skipped; a row with more or fewer cells than the header is
 * returned as it is, for the caller to report ({@link SheetRow#ragged}).
 * <p>
 * Every fault of the file itself is a {@link SheetException} whose text tells the user, in their language, what is
 * wrong, where, and how to mend it: empty, not a spreadsheet, not UTF-8, quotes that do not match, a header that names
 * no columns or one twice, beyond the limits below. {@link #open} finds those of the start of the file and of the
 * header; those further down come from {@link #next}, and then the file as a whole is to be refused.
 */
public final class SheetReader implements AutoCloseable {

    /** The upload limit, also checked here. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final int MAX_COLUMNS = 500;
    /** Beyond this a file is refused: a memory bomb, or a file that is not what it seems. */
    public static final int MAX_CELL_CHARS = 100_000;
    /** The cells of one row together; the same reason. */
    public static final int MAX_ROW_CHARS = 1_000_000;

    private static final int SHOWN_CHARS = 60;

    private final RowSource source;
    private final List<String> header;

    private SheetReader(RowSource source, List<String> header) {
        this.source = source;
        this.header = header;
    }

    /**
     * Opens a file; reads and checks the header row.
     *
     * @param fileName the name the user gave the file, only to say what it may be when it is not a sheet
     * @throws SheetException with a text for the user
     */
    public static SheetReader open(Path file, String fileName) throws SheetException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (size == 0) {
            throw new SheetException(new Text("sheet.empty"));
        }
        if (size > MAX_BYTES) {
            throw new SheetException(new Text("sheet.too-big", size / 1024.0 / 1024.0, MAX_BYTES / 1024 / 1024));
        }
        RowSource source = source(file, fileName);
        try {
            SheetRow first = nextNonBlank(source);
            if (first == null) {
                throw new SheetException(new Text(source.format() == SheetFormat.XLSX ? "sheet.first-sheet-empty"
                        : "sheet.empty"));
            }
            return new SheetReader(source, HeaderRules.header(first, source.format()));
        } catch (SheetException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    private static RowSource source(Path file, String fileName) throws SheetException {
        try {
            return switch (FileSniffer.sniff(file, fileName)) {
                case ZIP -> XlsxRows.open(file);
                case TEXT -> CsvRows.open(file);
            };
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static SheetException unreadable(IOException e) {
        return new SheetException(new Text("sheet.unreadable"), e);
    }

    public SheetFormat format() {
        return source.format();
    }

    /** The header's cells, stripped; the order of the file. */
    public List<String> header() {
        return header;
    }

    /**
     * The next data row, or null at the end.
     *
     * @throws SheetException for a file-level fault found mid-way
     */
    public @Nullable SheetRow next() throws SheetException {
        SheetRow row = nextNonBlank(source);
        return row == null ? null : fitted(row);
    }

    private static @Nullable SheetRow nextNonBlank(RowSource source) throws SheetException {
        for (SheetRow row = source.next(); row != null; row = source.next()) {
            if (!row.cells().stream().allMatch(HeaderRules::blank)) {
                return row;
            }
        }
        return null;
    }

    /**
     * Empty cells past the header's columns are dropped (spreadsheets write a few); a workbook row is filled up to
     * the header's width, as a spreadsheet has no short rows. What is left differs from the header only where the
     * file does.
     */
    private SheetRow fitted(SheetRow row) {
        List<String> cells = row.cells();
        int size = cells.size();
        while (size > header.size() && HeaderRules.blank(cells.get(size - 1))) {
            size--;
        }
        if (size == cells.size() && (size >= header.size() || format() != SheetFormat.XLSX)) {
            return row;
        }
        List<String> fitted = new ArrayList<>(cells.subList(0, size));
        while (format() == SheetFormat.XLSX && fitted.size() < header.size()) {
            fitted.add("");
        }
        return new SheetRow(row.line(), fitted);
    }

    /** Stops reading; no checked exception. */
    @Override
    public void close() {
        source.close();
    }

    /** @param place the row, as {@link SheetFormat#place} names it, or "A row" where it is not known */
    static SheetException tooManyColumns(Text place) {
        return new SheetException(new Text("sheet.too-many-columns", place, MAX_COLUMNS));
    }

    static SheetException cellTooLong(Text place, int index, int length) {
        return new SheetException(new Text("sheet.cell-too-long", place, column(index), length, MAX_CELL_CHARS));
    }

    static SheetException cellTooLong() {
        return new SheetException(new Text("sheet.workbook-cell-too-long", MAX_CELL_CHARS));
    }

    static SheetException rowTooLong(Text place) {
        return new SheetException(new Text("sheet.row-too-long", place, MAX_ROW_CHARS));
    }

    /** A column as users find it: by number, and by letter as a spreadsheet shows it ("column 3 (C)"). */
    static Text column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return new Text("sheet.column", index + 1, letters.toString());
    }

    /** Enough of a cell to recognise it in a message. */
    static String shortened(String text) {
        if (text.length() <= SHOWN_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(SHOWN_CHARS - 1)) ? SHOWN_CHARS - 1 : SHOWN_CHARS;
        return text.substring(0, end) + "…";
    }
}
