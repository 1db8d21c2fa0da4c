package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.security.CodeAccepted;
import org.sovereigntywatch.security.CodeRefusedException;
import org.sovereigntywatch.security.MfaService;

/**
 * The second step of signing in, for a user with two-step sign-in on: a code from their authenticator app, or one
 * of their recovery codes. Outside the main layout: until the code is accepted, the session sees nothing else.
 */
@Route(value = SecondFactorView.ROUTE, autoLayout = false)
@PermitAll
public class SecondFactorView extends Div implements TitledView {

    public static final String ROUTE = "sign-in/code";

    final CodeField code = new CodeField();
    final Button verify = new Button(getTranslation("mfa.continue"));
    final Button signOut = new Button(getTranslation("security.sign-out"));
    private final MfaService mfa;

    SecondFactorView(MfaService mfa, AuthenticationContext authentication) {
        this.mfa = mfa;
        addClassName("sign-in-step");
        code.setAutofocus(true);
        code.setWidthFull();
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(click -> verify());
        verify.addClickShortcut(Key.ENTER);
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClickListener(click -> authentication.logout());
        Div buttons = new Div(signOut, verify);
        buttons.addClassName("mfa-actions");
        Div card = new Div(new H1(getTranslation("second-factor.title")),
                new Paragraph(getTranslation("second-factor.hint")), code, buttons);
        card.addClassName("sign-in-card");
        add(card);
    }

    private void verify() {
        try {
            codeAccepted(mfa.verifySignInCode(code.getValue()));
        } catch (CodeRefusedException refused) {
            code.show(refused);
        }
    }

    /**
     * The one place a session goes on after its second step (the service has marked it given): into the application,
     * after saying how many recovery codes are left when one was used.
     */
    private void codeAccepted(CodeAccepted accepted) {
        if (!accepted.recoveryCode()) {
            SignInSteps.goOn();
            return;
        }
        Dialog used = new Dialog(getTranslation("second-factor.recovery-code-accepted", accepted.recoveryCodesLeft()));
        used.getFooter().add(new Button(getTranslation("mfa.continue"), click -> SignInSteps.goOn()));
        used.setCloseOnOutsideClick(false);
        used.open();
    }

    @Override
    public String titleKey() {
        return "second-factor.title";
    }
}
