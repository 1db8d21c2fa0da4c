package org.sovereigntywatch.history;

import org.jspecify.annotations.Nullable;

/**
 * One field's value before and after a change, as {@link HistoryFields} reads it: a text, a number, a date, an enum, a
 * yes/no, or a list of names; null when empty. The UI puts them into the reader's words.
 *
 * @param labelKey the key of the field's label in the translations
 * @param longText whether the value is running text, better shown as a word diff than as two whole texts
 */
public record FieldChange(String labelKey, @Nullable Object before, @Nullable Object after, boolean longText) {
}
