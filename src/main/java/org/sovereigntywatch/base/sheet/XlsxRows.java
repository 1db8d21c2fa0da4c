package org.sovereigntywatch.base.sheet;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A workbook's first sheet, row by row, through fastexcel's streaming reader, once {@link XlsxGuard} has bounded
 * what it may build. Each cell becomes the text a user sees in it, as {@link XlsxCells} writes it.
 */
final class XlsxRows implements RowSource {

    /**
     * Cell formats are read to tell a date from a number (the reader then insists on a styles part, which a few
     * generators leave out); a value that does not parse is kept as written.
     */
    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, true);
    private static final ReadingOptions WITHOUT_FORMATS = new ReadingOptions(false, true);

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private long lastLine;

    private XlsxRows(ReadableWorkbook workbook, Stream<Row> stream) {
        this.workbook = workbook;
        this.stream = stream;
        this.rows = stream.iterator();
    }

    static XlsxRows open(Path file) throws SheetException {
        boolean styled = XlsxGuard.check(file);
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(file.toFile(), styled ? WITH_FORMATS : WITHOUT_FORMATS);
            return new XlsxRows(workbook, workbook.getFirstSheet().openStream());
        } catch (IOException | RuntimeException e) {
            // The reader reports a bad workbook with whatever exception its parsing met; to the user all are one.
            closeQuietly(workbook);
            throw XlsxGuard.damaged(e);
        }
    }

    @Override
    public SheetFormat format() {
        return SheetFormat.XLSX;
    }

    @Override
    public @Nullable SheetRow next() throws SheetException {
        Row row;
        try {
            if (!rows.hasNext()) {
                return null;
            }
            row = rows.next();
        } catch (RuntimeException e) {
            throw XlsxGuard.damaged(e);
        }
        // Rows without a number count from 0 in the reader; a row's number only ever rises.
        lastLine = Math.max(row.getRowNum(), lastLine + 1);
        return new SheetRow(lastLine, cells(row, lastLine));
    }

    /** The row's cells up to its last one with something in it; {@code line} names the row in a refusal. */
    private static List<String> cells(Row row, long line) throws SheetException {
        List<String> cells = new ArrayList<>(row.getCellCount());
        int used = 0;
        long rowChars = 0;
        for (int index = 0; index < row.getCellCount(); index++) {
            Cell cell = row.getCell(index);
            String text = cell == null ? "" : XlsxCells.text(cell);
            if (text.isEmpty()) {
                cells.add(text);
                continue;
            }
            if (index >= SheetReader.MAX_COLUMNS) {
                throw SheetReader.tooManyColumns(SheetFormat.XLSX.place(line));
            }
            if (text.length() > SheetReader.MAX_CELL_CHARS) {
                throw SheetReader.cellTooLong(SheetFormat.XLSX.place(line), index, text.length());
            }
            rowChars += text.length();
            if (rowChars > SheetReader.MAX_ROW_CHARS) {
                throw SheetReader.rowTooLong(SheetFormat.XLSX.place(line));
            }
            cells.add(text);
            used = index + 1;
        }
        return cells.subList(0, used);
    }

    @Override
    public void close() {
        stream.close();
        closeQuietly(workbook);
    }

    private static void closeQuietly(@Nullable ReadableWorkbook workbook) {
        if (workbook == null) {
            return;
        }
        try {
            workbook.close();
        } catch (IOException e) {
            // Reading is over; a temporary file that cannot be closed cleanly changes nothing for the user.
        }
    }
}
