package org.sovereigntywatch.importing;

import org.sovereigntywatch.base.Text;

/**
 * Something wrong with a file, said where it is: line 14, column "jurisdiction", value "Montana", and a message
 * (‘Montana’ is not a known jurisdiction…) kept as a text, put into words in the language of whoever reads it. A fault
 * of the whole file (a duplicated header, no header) is on line 1 and names no column.
 *
 * @param line    the line number the user sees in their editor (the spreadsheet's row for XLSX)
 * @param column  the file's own header of the column, empty for the whole row
 * @param value   the cell as the file gives it
 * @param message what is wrong and how to mend it
 */
public record ImportProblem(long line, String column, String value, Text message) {
}
