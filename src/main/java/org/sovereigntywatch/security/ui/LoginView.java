package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.security.SignInPage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-in page. Spring Security checks the credentials (the form posts to {@code /login} with the CSRF token
 * Vaadin writes into the page) and sends the visitor back here with a query parameter saying why ({@link SignInPage}).
 * The messages are the same whether the user is unknown, disabled or the password wrong, so they never tell whether a
 * username exists. Nobody is signed in yet, so the page reads in the browser's language.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, TitledView {

    final LoginForm login = new LoginForm(i18n("login.failed"));

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
            login.setI18n(i18n("login.paused", duration(wait.get())));
        } else if (query.containsKey(SignInPage.EXPIRED)) {
            login.setI18n(i18n("login.expired"));
        } else {
            login.setI18n(i18n("login.failed"));
        }
        login.setError(wait.isPresent() || query.containsKey(SignInPage.EXPIRED)
                || query.containsKey(SignInPage.FAILED));
    }

    /** "45 seconds", "1 minute", "1 minute 12 seconds", in the reader's language. */
    static Text duration(long seconds) {
        long minutes = seconds / 60;
        long rest = seconds % 60;
        Text secondsText = new Text("login.duration.seconds", rest);
        if (minutes == 0) {
            return secondsText;
        }
        Text minutesText = new Text("login.duration.minutes", minutes);
        return rest == 0 ? minutesText : new Text("login.duration.minutes-seconds", minutesText, secondsText);
    }

    private static Optional<Long> seconds(String value) {
        try {
            long seconds = Long.parseLong(value);
            return seconds > 0 ? Optional.of(seconds) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /**
     * Every text of the form in the reader's language ({@link LoginI18n#createDefault()} is English), with the error
     * box of {@code error}: its {@code .title} and its {@code .message}, which takes {@code args}.
     */
    private static LoginI18n i18n(String error, Object... args) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Header header = new LoginI18n.Header();
        header.setTitle(Translations.text("app.name"));
        header.setDescription(Translations.text("login.description"));
        i18n.setHeader(header);
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(Translations.text("app.name"));
        form.setUsername(Translations.text("login.username"));
        form.setPassword(Translations.text("login.password"));
        form.setSubmit(Translations.text("login.submit"));
        form.setForgotPassword(Translations.text("login.forgot-password"));
        LoginI18n.ErrorMessage errorMessage = i18n.getErrorMessage();
        errorMessage.setTitle(Translations.text(error + ".title"));
        errorMessage.setMessage(Translations.text(error + ".message", args));
        errorMessage.setUsername(Translations.text("login.username.required"));
        errorMessage.setPassword(Translations.text("login.password.required"));
        i18n.setAdditionalInformation(Translations.text("login.additional-information"));
        return i18n;
    }

    @Override
    public String titleKey() {
        return "login.title";
    }
}
