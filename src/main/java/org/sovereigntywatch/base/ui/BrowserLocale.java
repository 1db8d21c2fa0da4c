package org.sovereigntywatch.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Gives each UI the locale the browser prefers (its {@code Accept-Language}), so that date pickers read and write
 * dates as the user expects. Without this, and without translations offering locales, Vaadin would use the server's
 * default locale for everyone. Texts stay English until the app is translated.
 */
@Component
class BrowserLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                init.getUI().setLocale(request.getLocale());
            }
        });
    }
}
