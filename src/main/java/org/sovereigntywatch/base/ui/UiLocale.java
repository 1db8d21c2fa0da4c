package org.sovereigntywatch.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Gives each new UI (each page load, so also the one right after signing in) the locale {@link LocaleChoice} picks
 * from the user's preference and the browser's {@code Accept-Language}. Texts, dates, numbers and date pickers all
 * follow it, and the page's {@code lang} names it.
 */
@Component
class UiLocale implements VaadinServiceInitListener {

    private final LanguagePreference preference;

    UiLocale(LanguagePreference preference) {
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale locale = LocaleChoice.forRequest(preference.chosen().orElse(null));
            init.getUI().setLocale(locale);
            // Screen readers pronounce the page in the language its root element names.
            init.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        });
    }
}
