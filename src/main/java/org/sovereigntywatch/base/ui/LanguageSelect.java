package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.sovereigntywatch.base.LocaleChoice;

import java.util.Locale;

/**
 * Where a signed-in user chooses the language (and with it the date format) they read the app in, or to follow their
 * browser. The choice is kept on the user and applies at once: the page reloads in the new language.
 */
public class LanguageSelect extends Composite<Select<Locale>> {

    public LanguageSelect(LanguagePreference preference) {
        Select<Locale> select = getContent();
        select.setAriaLabel(Translations.text("language.label"));
        select.setItems(LocaleChoice.OFFERED);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(Translations.text("language.browser"));
        // Each language is named in itself, so that a reader who does not know the current one finds their own.
        select.setItemLabelGenerator(locale -> locale == null ? Translations.text("language.browser")
                : capitalised(locale.getDisplayName(locale)));
        select.setValue(preference.chosen().orElse(null));
        select.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                preference.choose(change.getValue());
                UI ui = UI.getCurrent();
                ui.setLocale(UiLocale.forRequest(change.getValue()));
                ui.getPage().reload();
            }
        });
    }

    private static String capitalised(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
