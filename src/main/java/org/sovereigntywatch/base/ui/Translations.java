package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovereigntywatch.base.Localized;
import org.sovereigntywatch.base.Text;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text the app shows, in English and French: Vaadin asks this provider for each {@code getTranslation(key)},
 * and {@link #text} does the same for code outside components. The texts live in one bundle,
 * {@code vaadin-i18n/translations*.properties}: the base file is British English, {@code _en_US} overrides the words
 * spelt differently in American English, {@code _fr} is French. Dates and numbers are written by the JDK in the
 * reader's locale, so an American reads "January 17, 2025" and a Briton "17 January 2025" from the same text.
 * <p>
 * Every text is a {@link MessageFormat} pattern, with or without arguments, so a text reads the same either way: an
 * apostrophe is written ’ (an ASCII one would start a quoted part). A key no bundle has is shown as
 * {@code !{key}} and logged, so that a missing text is noticed rather than shown as a blank.
 */
@Component
public class Translations implements I18NProvider {

    /** The languages the app is written in; the first is the one used where none of the reader's is. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    static final String BUNDLE = "vaadin-i18n.translations";
    static final String MISSING = "!{";

    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);
    // Without this, a language we lack would fall back to the server's default locale rather than to English.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException missing) {
            LOG.warn("No text for key {} in {}", key, locale);
            return MISSING + key + "}";
        }
        Object[] args = Arrays.stream(params).map(param -> shown(param, locale)).toArray();
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The bundle of texts for {@code locale}: its country's, else its language's, else English. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Translations.class.getClassLoader(), NO_FALLBACK);
    }

    /** A text in the language of the current UI (English outside one), for code that is not a component. */
    public static String text(String key, Object... args) {
        return UI.getCurrent() == null
                ? new Translations().getTranslation(key, Locale.ENGLISH, args)
                : UI.getCurrent().getTranslation(key, args);
    }

    /** A text in {@code locale}, for code that knows the reader's locale but may run outside their UI. */
    public static String text(Locale locale, String key, Object... args) {
        return new Translations().getTranslation(key, locale, args);
    }

    /** A service's text in the language of the current UI. */
    public static String text(Text text) {
        return text(text.key(), text.args());
    }

    /** A date or another value written as the current UI's locale writes it. */
    public static String local(Localized value) {
        UI ui = UI.getCurrent();
        return value.format(ui == null ? Locale.UK : ui.getLocale());
    }

    /** The label of an enum constant in the language of the current UI. */
    public static String label(Enum<?> constant) {
        return text(labelKey(constant));
    }

    /** {@code enum.RiskLevel.HIGH}, {@code enum.EventAction.Family.COURT}. */
    static String labelKey(Enum<?> constant) {
        String type = constant.getDeclaringClass().getName();
        return "enum." + type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + constant.name();
    }

    /** An argument as the reader should see it; numbers are left to the pattern, which writes them per locale. */
    private @Nullable Object shown(@Nullable Object arg, Locale locale) {
        return switch (arg) {
            case Text text -> getTranslation(text.key(), locale, text.args());
            case Enum<?> constant -> getTranslation(labelKey(constant), locale);
            case Localized localized -> localized.format(locale);
            case LocalDate date -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
            case Instant instant -> BrowserTime.format(instant, locale);
            case null, default -> arg;
        };
    }
}
