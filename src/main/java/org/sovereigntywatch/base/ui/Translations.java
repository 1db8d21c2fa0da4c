package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import org.sovereigntywatch.base.Localized;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.Texts;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vaadin's way to the app's texts ({@link Texts}): every {@code getTranslation(key)} of a component comes here, in
 * the locale of its UI; the static methods do the same for UI code that is not a component. Instants given as
 * arguments are written in the browser's time zone.
 */
@Component
public class Translations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Texts.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Object[] args = Arrays.stream(params)
                .map(param -> param instanceof Instant instant ? BrowserTime.format(instant, locale) : param)
                .toArray();
        return Texts.format(locale, key, args);
    }

    /** A text in the language of the current UI. */
    public static String text(String key, Object... args) {
        return new Translations().getTranslation(key, locale(), args);
    }

    /** A service's text in the language of the current UI. */
    public static String text(Text text) {
        return text(text.key(), text.args());
    }

    /** The label of an enum constant in the language of the current UI. */
    public static String label(Enum<?> constant) {
        return text(Texts.labelKey(constant));
    }

    /** A date or another value written as the current UI's locale writes it. */
    public static String local(Localized value) {
        return value.format(locale());
    }

    /** The current UI's locale; British English outside a UI. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.UK : ui.getLocale();
    }
}
