package org.sovereigntywatch.base.sheet;

import org.sovereigntywatch.base.Text;

/** What an uploaded file turned out to be, from its content rather than its name. */
public enum SheetFormat {

    CSV_COMMA,
    CSV_SEMICOLON,
    XLSX;

    /**
     * How a user finds a row: a CSV's line in a text editor ("Line 7"), a workbook's row number in Excel ("Row 7").
     */
    Text place(long line) {
        return new Text(this == XLSX ? "sheet.place.row" : "sheet.place.line", line);
    }
}
