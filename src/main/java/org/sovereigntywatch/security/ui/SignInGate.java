package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.sovereigntywatch.security.CurrentUser;
import org.sovereigntywatch.security.SignInStep;

import java.util.Map;

/**
 * A session that has passed the password but still owes a {@link SignInStep} sees nothing but that step's page:
 * every navigation, whatever view it aims at, lands there. (The session also holds no role, so services refuse it
 * whatever a page asked.)
 */
@SpringComponent
class SignInGate implements VaadinServiceInitListener {

    private static final Map<SignInStep, Class<? extends Component>> STEP_PAGES = Map.of(
            SignInStep.MFA_CODE, SecondFactorView.class,
            SignInStep.PASSWORD_CHANGE, NewPasswordView.class,
            SignInStep.MFA_SETUP, MfaSetupView.class);

    private final CurrentUser currentUser;

    SignInGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::holdAtPendingStep));
    }

    private void holdAtPendingStep(BeforeEnterEvent event) {
        currentUser.get().flatMap(user -> user.getPendingSteps().stream().sorted().findFirst())
                .map(STEP_PAGES::get)
                .filter(page -> !page.equals(event.getNavigationTarget()))
                .ifPresent(event::rerouteTo);
    }
}
