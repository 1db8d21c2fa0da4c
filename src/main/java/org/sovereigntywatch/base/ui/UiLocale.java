package org.sovereigntywatch.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Gives each new UI (each page load, so also the one right after signing in) the locale {@link LocaleChoice} picks
 * from the user's preference and the browser's {@code Accept-Language}. Texts, dates, numbers and date pickers all
 * follow it.
 */
@Component
class UiLocale implements VaadinServiceInitListener {

    private final LanguagePreference preference;

    UiLocale(LanguagePreference preference) {
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init ->
                init.getUI().setLocale(LocaleChoice.forRequest(preference.chosen().orElse(null))));
    }
}
