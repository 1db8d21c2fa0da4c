package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.security.MfaService;

/**
 * Setting up two-step sign-in when the user's role requires it and they have not yet: after the password, the
 * session sees this page only, until an authenticator is confirmed and the recovery codes are saved.
 */
@Route(value = MfaSetupView.ROUTE, autoLayout = false)
@PermitAll
public class MfaSetupView extends Div implements TitledView {

    public static final String ROUTE = "sign-in/set-up-mfa";

    final MfaSetup setup;
    final Button signOut = new Button(getTranslation("security.sign-out"));
    final Button goOn = new Button(getTranslation("mfa.continue"), click -> SignInSteps.goOn());

    MfaSetupView(MfaService mfa, AuthenticationContext authentication) {
        addClassName("sign-in-step");
        setup = new MfaSetup(mfa);
        setup.title.setVisible(false);
        // Confirming marked this session's second factor given (MfaService); the recovery codes stay on the screen
        // until the user says they saved them.
        setup.addRecoveryCodesSavedListener(saved -> SignInSteps.goOn());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClickListener(click -> authentication.logout());
        goOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div card = new Div(new H1(getTranslation("mfa.setup.title")),
                new Paragraph(getTranslation("mfa.setup.required")), setup, goOn, signOut);
        card.addClassName("sign-in-card");
        add(card);
        // Set up already (in another tab, or before a reload): nothing left to do here but go on. Changes to an
        // authenticator that is on belong on the account page, once signed in.
        goOn.setVisible(setup.isOn());
        if (goOn.isVisible()) {
            setup.actions.setVisible(false);
        } else {
            setup.start();
        }
    }

    @Override
    public String titleKey() {
        return "mfa.setup.title";
    }
}
