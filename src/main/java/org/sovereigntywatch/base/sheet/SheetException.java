package org.sovereigntywatch.base.sheet;

import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.UserMessage;

/**
 * A fault of the uploaded file itself (not of one row's values): empty, not a spreadsheet, not UTF-8, too large, a
 * quote never closed, a header that names no columns. Its {@link #text()} tells the user, in their language, where the
 * fault is and how to mend it ({@code sheet.*} texts); {@code getMessage()} gives its key and arguments, for the log.
 * Nothing of the file is used once this is thrown.
 */
public class SheetException extends Exception implements UserMessage {

    private final Text text;

    public SheetException(Text text) {
        super(text.toString());
        this.text = text;
    }

    public SheetException(Text text, Throwable cause) {
        super(text.toString(), cause);
        this.text = text;
    }

    @Override
    public Text text() {
        return text;
    }
}
