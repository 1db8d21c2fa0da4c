package org.sovereigntywatch.importing;

/**
 * Something wrong with a file, said in plain words where it is: "line 14, jurisdiction: 'Montana' is not a known
 * jurisdiction". A fault of the whole file (a duplicated header, no header) is on line 1 and names no column.
 *
 * @param line   the line number the user sees in their editor (the spreadsheet's row for XLSX)
 * @param column the file's own header of the column, empty for the whole row
 * @param value  the cell as the file gives it
 */
public record ImportProblem(long line, String column, String value, String message) {

    /** How the problem reads on its own: "Line 14, jurisdiction: 'Montana' is not a known jurisdiction." */
    public String sentence() {
        return "Line " + line + (column.isEmpty() ? "" : ", " + column) + ": " + message;
    }
}
