package org.sovereigntywatch.base.sheet;

/**
 * The one rule for cells a spreadsheet would take for a formula, both ways. On the way out (CSV exports) a cell
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}, so a
 * spreadsheet shows it as text instead of running it; on the way in (imports) that one {@code '} is taken off again,
 * and the cell stays text: nothing here ever evaluates anything.
 * <p>
 * The two are exact inverses, so every text survives an export and an import unchanged. For that, a cell that already
 * starts with apostrophes followed by a formula character ({@code '=1}) gets one more on the way out ({@code ''=1}):
 * otherwise the import could not tell it from a neutralised {@code =1}. Any other apostrophe ({@code 'tis}) is left
 * alone both ways.
 */
public final class FormulaCells {

    /** The first characters that make a spreadsheet run a cell as a formula (tab and CR: as a command, in some). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char PREFIX = '\'';

    private FormulaCells() {
    }

    /** {@code cell} with a leading {@code '} when a spreadsheet would take it for a formula; else unchanged. */
    public static String neutralise(String cell) {
        return looksNeutralisable(cell) ? PREFIX + cell : cell;
    }

    /** {@code cell} without the {@code '} that {@link #neutralise} put before it; any other cell unchanged. */
    public static String unescapeFormula(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == PREFIX && looksNeutralisable(cell) ? cell.substring(1) : cell;
    }

    /** Whether the first character after any leading apostrophes is one a formula starts with. */
    private static boolean looksNeutralisable(String cell) {
        int first = 0;
        while (first < cell.length() && cell.charAt(first) == PREFIX) {
            first++;
        }
        return first < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(first)) >= 0;
    }
}
