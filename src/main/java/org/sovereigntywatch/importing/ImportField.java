package org.sovereigntywatch.importing;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Localized;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.Texts;

import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A field a row of some kind can fill, named as the column of our own CSV export that holds it ({@code
 * affected_jurisdiction}), so an exported file maps itself. The other names are what other people's spreadsheets
 * tend to call it, in English and French: the mapping step guesses from them, and from the field's label in either
 * language ({@code import.field.<name>}).
 * <p>
 * Also the one home of how a cell names one of a vocabulary's values ({@link #choiceOf}): by its coded name
 * ({@code IN_FORCE}) or by its label in English or French ("In force", « Entrée en vigueur »), whatever the language
 * of the user importing it.
 *
 * @param required whether a row without it is refused (unless the mapping gives a value for rows without one)
 * @param choices  a vocabulary's values by their coded names, in order; empty for a free field
 */
public record ImportField(String name, boolean required, List<String> otherNames, Map<String, Enum<?>> choices) {

    /** The languages (and spellings) whose labels a cell may use for a vocabulary's value. */
    private static final List<Locale> LABEL_LANGUAGES = Stream.concat(Texts.LANGUAGES.stream(), Stream.of(Locale.US))
            .distinct().toList();

    /** Each vocabulary's values by the {@link #key} of their coded name and of their labels, made once. */
    private static final Map<Class<?>, Map<String, Enum<?>>> VALUES_BY_KEY = new ConcurrentHashMap<>();

    public ImportField {
        otherNames = List.copyOf(otherNames);
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    }

    public static ImportField required(String name, String... otherNames) {
        return new ImportField(name, true, List.of(otherNames), Map.of());
    }

    public static ImportField optional(String name, String... otherNames) {
        return new ImportField(name, false, List.of(otherNames), Map.of());
    }

    /** A field taking one of a vocabulary's values, by coded name or label ({@link #choiceOf}). */
    public static <E extends Enum<E>> ImportField choice(String name, boolean required, Class<E> type,
                                                         String... otherNames) {
        Map<String, Enum<?>> choices = new LinkedHashMap<>();
        for (E value : type.getEnumConstants()) {
            choices.put(value.name(), value);
        }
        return new ImportField(name, required, List.of(otherNames), choices);
    }

    /** The key of the field's label: {@code import.field.measure-title}. */
    public String labelKey() {
        return "import.field." + name.replace('_', '-');
    }

    /** The field's label, as an argument of another text. */
    public Text label() {
        return new Text(labelKey());
    }

    /**
     * Whether a file's column header names this field: its name, one of the others, or its label in English or
     * French, by {@link #key}. Asked once per column and field when a mapping is guessed, not per row.
     */
    boolean isNamed(String header) {
        String key = key(header);
        return key.equals(key(name)) || otherNames.stream().anyMatch(other -> key(other).equals(key))
                || Texts.LANGUAGES.stream().anyMatch(language -> key(Texts.format(language, labelKey())).equals(key));
    }

    /**
     * The value of {@code type} a cell names, ignoring case, accents, spaces and punctuation: its coded name
     * ({@code IN_FORCE}, "in force"), its English label ("In force") or its French one (« Entrée en vigueur »);
     * {@code null} if it names none. The names are looked up in a table made once per vocabulary, so a cell costs a
     * key and a look-up, whatever the language.
     */
    static <E extends Enum<E>> @Nullable E choiceOf(Class<E> type, String cell) {
        return type.cast(VALUES_BY_KEY.computeIfAbsent(type, ImportField::valuesByKey).get(key(cell)));
    }

    /** Coded names first, then the labels language by language: a name never gives way to another value's label. */
    private static Map<String, Enum<?>> valuesByKey(Class<?> type) {
        Map<String, Enum<?>> byKey = new HashMap<>();
        Enum<?>[] values = (Enum<?>[]) type.getEnumConstants();
        for (Enum<?> value : values) {
            byKey.putIfAbsent(key(value.name()), value);
        }
        for (Locale language : LABEL_LANGUAGES) {
            for (Enum<?> value : values) {
                String label = Texts.label(language, value);
                if (!label.startsWith(Texts.MISSING)) {
                    byKey.putIfAbsent(key(label), value);
                }
            }
        }
        return Map.copyOf(byKey);
    }

    /** A vocabulary's values, as the reader's language labels them, joined with commas: "Announced, Introduced, …". */
    record Choices(Class<? extends Enum<?>> type) implements Localized {

        @Override
        public String format(Locale locale) {
            return Stream.of(type.getEnumConstants()).map(value -> Texts.label(locale, value))
                    .collect(Collectors.joining(", "));
        }
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
