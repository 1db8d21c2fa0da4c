package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.security.SignInPage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-in page. Spring Security checks the credentials (the form posts to {@code /login} with the CSRF token
 * Vaadin writes into the page) and sends the visitor back here with a query parameter saying why ({@link SignInPage}).
 * The messages are the same whether the user is unknown, disabled or the password wrong, so they never tell whether a
 * username exists.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, TitledView {

    static final String FAILED = "Incorrect username or password.";
    static final String FAILED_HINT = "Check both and try again.";
    static final String PAUSED = "Too many failed sign-ins.";
    static final String PAUSED_HINT = "Sign-in is paused for a while. Try again in %s.";
    static final String EXPIRED = "The sign-in page had expired.";
    static final String EXPIRED_HINT = "Enter your username and password again.";

    final LoginForm login = new LoginForm(i18n(FAILED, FAILED_HINT));

    LoginView() {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        Optional<Long> wait = Optional.ofNullable(query.get(SignInPage.WAIT)).flatMap(values -> values.stream()
                .findFirst()).flatMap(LoginView::seconds);
        if (wait.isPresent()) {
            login.setI18n(i18n(PAUSED, PAUSED_HINT.formatted(duration(wait.get()))));
        } else if (query.containsKey(SignInPage.EXPIRED)) {
            login.setI18n(i18n(EXPIRED, EXPIRED_HINT));
        } else {
            login.setI18n(i18n(FAILED, FAILED_HINT));
        }
        login.setError(wait.isPresent() || query.containsKey(SignInPage.EXPIRED)
                || query.containsKey(SignInPage.FAILED));
    }

    /** "45 seconds", "1 minute", "1 minute 12 seconds". */
    static String duration(long seconds) {
        long minutes = seconds / 60;
        long rest = seconds % 60;
        String secondsText = rest + (rest == 1 ? " second" : " seconds");
        if (minutes == 0) {
            return secondsText;
        }
        String minutesText = minutes + (minutes == 1 ? " minute" : " minutes");
        return rest == 0 ? minutesText : minutesText + " " + secondsText;
    }

    private static Optional<Long> seconds(String value) {
        try {
            long seconds = Long.parseLong(value);
            return seconds > 0 ? Optional.of(seconds) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sovereignty Watch");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    @Override
    public String titleKey() {
        return "login.title";
    }
}
