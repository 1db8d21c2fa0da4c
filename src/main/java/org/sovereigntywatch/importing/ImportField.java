package org.sovereigntywatch.importing;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A field a row of some kind can fill, named as the column of our own CSV export that holds it ({@code
 * affected_jurisdiction}), so an exported file maps itself. The other names are what other people's spreadsheets
 * tend to call it, in English and French: the mapping step guesses from them.
 *
 * @param required whether a row without it is refused (unless the mapping gives a value for rows without one)
 * @param choices  a vocabulary's coded values with their labels, in order; empty for a free field
 */
public record ImportField(String name, String label, boolean required, List<String> otherNames,
                          Map<String, String> choices) {

    public ImportField {
        otherNames = List.copyOf(otherNames);
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    }

    public static ImportField required(String name, String label, String... otherNames) {
        return new ImportField(name, label, true, List.of(otherNames), Map.of());
    }

    public static ImportField optional(String name, String label, String... otherNames) {
        return new ImportField(name, label, false, List.of(otherNames), Map.of());
    }

    /** A field taking one of a vocabulary's values, by coded name or label. */
    public static <E extends Enum<E>> ImportField choice(String name, String label, boolean required,
                                                         Class<E> type, Function<E, String> labelOf,
                                                         String... otherNames) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (E value : type.getEnumConstants()) {
            choices.put(value.name(), labelOf.apply(value));
        }
        return new ImportField(name, label, required, List.of(otherNames), choices);
    }

    /** Whether a file's column header names this field: its name or one of the others, by {@link #key}. */
    boolean isNamed(String header) {
        String key = key(header);
        return key.equals(key(name)) || otherNames.stream().anyMatch(other -> key(other).equals(key));
    }

    /**
     * A header, or a name in a cell, as compared: lower case, accents and everything but letters and digits (of any
     * script) left out.
     * Called for several cells of every row, so plain ASCII (most cells) skips the Unicode decomposition.
     */
    static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                key.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                key.append((char) (c + ('a' - 'A')));
            } else if (c >= 0x80) {
                return NEITHER_LETTER_NOR_DIGIT.matcher(ACCENTS.matcher(Normalizer.normalize(text,
                        Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll("");
            }
        }
        return key.toString();
    }

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}");
    /** Letters and digits of any script stay: 小红书 is a name, not nothing. */
    private static final Pattern NEITHER_LETTER_NOR_DIGIT = Pattern.compile("[^\\p{L}\\p{Nd}]");
}
