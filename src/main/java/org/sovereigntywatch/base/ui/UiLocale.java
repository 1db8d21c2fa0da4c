package org.sovereigntywatch.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.LocaleChoice;
import org.sovereigntywatch.base.Texts;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Gives each new UI (each page load, so also the one right after signing in) the locale {@link LocaleChoice} picks
 * from the user's preference and the browser's {@code Accept-Language}. Texts, dates, numbers and date pickers all
 * follow it, as do Vaadin's own notices and its reconnecting banner, and the page's {@code lang} names it.
 */
@Component
class UiLocale implements VaadinServiceInitListener {

    private final LanguagePreference preference;

    UiLocale(LanguagePreference preference) {
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(new TranslatedSystemMessages());
        event.getSource().addUIInitListener(init -> {
            Locale locale = forRequest(preference.chosen().orElse(null));
            init.getUI().setLocale(locale);
            init.getUI().getReconnectDialogConfiguration()
                    .setDialogText(Texts.format(locale, "framework.reconnecting"));
            init.getUI().getReconnectDialogConfiguration()
                    .setDialogTextGaveUp(Texts.format(locale, "framework.reconnect-gave-up"));
            // Screen readers pronounce the page in the language its root element names.
            init.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        });
    }

    /** The locale for the request being served, from the user's choice and the browser languages it carries. */
    static Locale forRequest(@Nullable Locale chosen) {
        VaadinRequest request = VaadinRequest.getCurrent();
        return LocaleChoice.of(chosen, request == null ? List.of() : Collections.list(request.getLocales()));
    }
}
