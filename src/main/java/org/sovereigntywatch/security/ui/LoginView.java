package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The sign-in page. Spring Security checks the credentials (the form posts to {@code /login}) and sends a failed
 * attempt back here with {@code ?error}. The message is the same whether the user is unknown, disabled or the
 * password wrong, so it never tells whether a username exists.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Sovereignty Watch")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    static final String FAILED = "Incorrect username or password.";

    final LoginForm login = new LoginForm(i18n());

    LoginView() {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sovereignty Watch");
        i18n.getErrorMessage().setTitle(FAILED);
        i18n.getErrorMessage().setMessage("Check both and try again.");
        return i18n;
    }
}
