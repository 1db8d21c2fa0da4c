package org.sovereigntywatch.base;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text the app shows, in English and French, put into words for a given locale. The texts live in one bundle,
 * {@code vaadin-i18n/translations*.properties}: the base file is British English, {@code _en_US} overrides the words
 * spelt differently in American English, {@code _fr} is French. Views reach them through Vaadin
 * ({@code base.ui.Translations}); code that writes for a reader outside a page (a file, a mail) comes here with the
 * reader's locale. Dates and numbers are written by the JDK in the reader's locale, so an American reads
 * "January 17, 2025" and a Briton "17 January 2025" from the same text.
 * <p>
 * Every text is a {@link MessageFormat} pattern, with or without arguments, so it reads the same either way: an
 * apostrophe is written ’ (an ASCII one would start a quoted part). A key no bundle has is shown as {@code !{key}} and
 * logged, so that a missing text is noticed rather than shown as a blank.
 */
public final class Texts {

    /** The languages the app is written in; the first is the one used where none of the reader's is. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    /** How a key without a text starts when shown. */
    public static final String MISSING = "!{";

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger LOG = LoggerFactory.getLogger(Texts.class);
    // Without this, a language we lack would fall back to the server's default locale rather than to English.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * Each text parsed once per locale: parsing a pattern, and making the number formats it names, cost more than
     * everything else a page does with its texts (a dashboard writes one per heatmap cell). A text without arguments
     * is kept written out.
     */
    private static final Map<Locale, Map<String, Parsed>> PARSED = new ConcurrentHashMap<>();

    /** A parsed pattern; {@code plain} is its text when it takes no arguments. */
    private record Parsed(MessageFormat format, @Nullable String plain) {

        static Parsed of(String pattern, Locale locale) {
            MessageFormat format = new MessageFormat(pattern, locale);
            return new Parsed(format, format.getFormatsByArgumentIndex().length == 0
                    ? format.format(new Object[0]) : null);
        }

        String format(Object[] args) {
            // A MessageFormat is not safe for concurrent use: each use writes with its own copy.
            return ((MessageFormat) format.clone()).format(args);
        }
    }

    private Texts() {
    }

    /** The text of {@code key} in {@code locale}, with its arguments written for that locale. */
    public static String format(Locale locale, String key, Object... args) {
        Parsed parsed = PARSED.computeIfAbsent(locale, any -> new ConcurrentHashMap<>()).get(key);
        if (parsed == null) {
            try {
                parsed = Parsed.of(bundle(locale).getString(key), locale);
            } catch (MissingResourceException missing) {
                LOG.warn("No text for key {} in {}", key, locale);
                return MISSING + key + "}";
            }
            PARSED.get(locale).put(key, parsed);
        }
        if (parsed.plain() != null) {
            return parsed.plain();
        }
        Object[] shown = Arrays.stream(args).map(arg -> shown(arg, locale)).toArray();
        return parsed.format(shown);
    }

    /** A text in {@code locale}. */
    public static String format(Locale locale, Text text) {
        return format(locale, text.key(), text.args());
    }

    /** The label of an enum constant in {@code locale}. */
    public static String label(Locale locale, Enum<?> constant) {
        return format(locale, labelKey(constant));
    }

    /** The bundle of texts for {@code locale}: its country's, else its language's, else English. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(), NO_FALLBACK);
    }

    /** {@code enum.RiskLevel.HIGH}, {@code enum.EventAction.Family.COURT}. */
    public static String labelKey(Enum<?> constant) {
        String type = constant.getDeclaringClass().getName();
        return "enum." + type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + constant.name();
    }

    /** An argument as the reader should see it; numbers are left to the pattern, which writes them per locale. */
    private static @Nullable Object shown(@Nullable Object arg, Locale locale) {
        return switch (arg) {
            case Text text -> format(locale, text);
            case Enum<?> constant -> label(locale, constant);
            case Localized localized -> localized.format(locale);
            case LocalDate date -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
            case Locale language -> language.getDisplayName(locale);
            case null, default -> arg;
        };
    }
}
