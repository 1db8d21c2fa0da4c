package org.sovereigntywatch.source;

import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.base.UserMessage;

import java.util.Locale;

/**
 * A cell that names no source ({@link SourceCell}): why, as a text for the user in their language. Its
 * {@code getMessage()} is the English text, for the log and for callers that still read it.
 */
class NotASourceException extends IllegalArgumentException implements UserMessage {

    private final Text text;

    NotASourceException(String key, Object... args) {
        this(new Text(key, args));
    }

    NotASourceException(Text text) {
        super(Texts.format(Locale.ENGLISH, text));
        this.text = text;
    }

    @Override
    public Text text() {
        return text;
    }
}
