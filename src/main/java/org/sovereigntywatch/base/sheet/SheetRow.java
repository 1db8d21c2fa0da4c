package org.sovereigntywatch.base.sheet;

import java.util.List;

/**
 * One data row of a sheet.
 *
 * @param line  where the user finds it: for a CSV the line its first cell is on in a text editor (the header is line
 *              1; a cell over several lines counts them all), for a workbook its row number
 * @param cells its cells as text, in the file's order. Cells past the header's columns are kept only when one of them
 *              holds something; a workbook row is as long as the header at least (a spreadsheet has no short rows),
 *              a CSV row as long as it is written.
 */
public record SheetRow(long line, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell under the header's column {@code index}, "" when the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /**
     * Whether the row has a different number of cells than a header of {@code headerSize} columns: a CSV line with a
     * separator too many or too few, or a cell written past the last named column. The caller reports it as an
     * error of this row; it is not a fault of the file.
     */
    public boolean ragged(int headerSize) {
        return cells.size() != headerSize;
    }
}
