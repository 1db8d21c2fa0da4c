package org.sovereigntywatch.base.ui;

import com.vaadin.flow.server.VaadinService;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Today for the parts of a screen that Spring does not build (dialogs, sections, download links): the application's
 * one {@link Clock} bean ({@code ClockConfig}), the one routed views are given by constructor injection, found through
 * Vaadin's Spring instantiator. A test that pins the clock so pins every screen's today.
 */
public final class ViewClock {

    private ViewClock() {
    }

    /** The application's clock; call it while Vaadin serves a request (building a component, handling an event). */
    public static Clock clock() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(Clock.class);
    }

    public static LocalDate today() {
        return LocalDate.now(clock());
    }
}
