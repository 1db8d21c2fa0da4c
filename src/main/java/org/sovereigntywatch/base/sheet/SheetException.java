package org.sovereigntywatch.base.sheet;

/**
 * A fault of the uploaded file itself (not of one row's values): empty, not a spreadsheet, not UTF-8, too large, a
 * quote never closed, a header that names no columns. The message is a plain English sentence for the user, saying
 * where the fault is and how to mend it; nothing of the file is used once this is thrown.
 */
public class SheetException extends Exception {

    public SheetException(String message) {
        super(message);
    }

    public SheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
