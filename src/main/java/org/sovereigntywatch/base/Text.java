package org.sovereigntywatch.base;

import java.util.Arrays;

/**
 * A text for the user, kept as a translation key and its arguments until it is shown, so that it is put into words
 * in the language of whoever reads it. Services put these in their exceptions and results; the UI resolves them
 * ({@code base.ui.Translations}). Arguments may themselves be texts, enum constants (shown by their label),
 * {@link Localized} values and numbers, which are each shown in the reader's language and format.
 */
public record Text(String key, Object... args) {

    public Text {
        args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    /** The key and arguments, for logs and tests; never shown to users. */
    @Override
    public String toString() {
        return args.length == 0 ? key : key + Arrays.toString(args);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Text text && key.equals(text.key) && Arrays.equals(args, text.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }
}
