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
import org.sovereigntywatch.security.UserService;

/**
 * The sign-in step after someone else chose the password (the bootstrap admin, an admin's reset): the user chooses
 * their own before anything else. Outside the main layout, which would offer views the session may not open yet.
 */
@Route(value = "sign-in/new-password", autoLayout = false)
@PermitAll
public class NewPasswordView extends Div implements TitledView {

    final PasswordChangeForm form;

    NewPasswordView(UserService users, AuthenticationContext authentication) {
        addClassName("sign-in-step");
        form = new PasswordChangeForm(users, SignInSteps::goOn);
        form.currentPassword.setHelperText(getTranslation("new-password.current.helper"));
        Button signOut = new Button(getTranslation("security.sign-out"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // In a card like the other sign-in steps: the step's own flex layout would set these side by side.
        Div card = new Div(new H1(getTranslation("new-password.title")),
                new Paragraph(getTranslation("new-password.hint")), form, signOut);
        card.addClassName("sign-in-card");
        add(card);
    }

    @Override
    public String titleKey() {
        return "new-password.title";
    }
}
