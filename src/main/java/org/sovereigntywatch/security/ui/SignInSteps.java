package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;

/** How a sign-in step page hands over once its step is done. */
final class SignInSteps {

    private SignInSteps() {
    }

    /**
     * Into the application, by a full page load: the next request carries the principal the session guard rebuilds
     * without the step, where a navigation inside this page would still carry the one that owed it.
     */
    static void goOn() {
        UI.getCurrent().getPage().setLocation(VaadinRequest.getCurrent().getContextPath() + "/");
    }
}
