package org.sovereigntywatch.base;

import java.io.OutputStream;
import java.util.Locale;

/**
 * What separates the values of a downloaded CSV. The comma is the standard's; Excel set to French (and to most
 * languages that write decimals with a comma) opens a file by double-click only if it is separated by semicolons.
 * Either way the file is UTF-8 with a byte-order mark, with the same header and the same values. Exports write
 * commas; every download is passed through the separator its reader chose ({@link #separating}).
 */
public enum CsvSeparator {
    COMMA(','),
    SEMICOLON(';');

    private final char character;

    CsvSeparator(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }

    /** The separator a reader of {@code locale} most likely wants: semicolons in French, commas otherwise. */
    public static CsvSeparator forLocale(Locale locale) {
        return locale.getLanguage().equals(Locale.FRENCH.getLanguage()) ? SEMICOLON : COMMA;
    }

    /**
     * Where to write a comma-separated CSV, as every export writes it, so that {@code out} receives it separated by
     * this character: {@code out} itself for the comma.
     */
    public OutputStream separating(OutputStream out) {
        return this == COMMA ? out : new SeparatorChange(out, (byte) character);
    }
}
