package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.base.ui.LanguagePreference;
import org.sovereigntywatch.base.ui.LanguageSelect;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.security.ApiTokenService;
import org.sovereigntywatch.security.MfaService;
import org.sovereigntywatch.security.SessionService;
import org.sovereigntywatch.security.UserService;

/**
 * Every signed-in user's own account: the language they read the app in, their password, two-step sign-in, the
 * sessions open in their name, to end any of them, and their personal access tokens for the API.
 */
@Route("account")
@PermitAll
public class AccountView extends Div implements TitledView {

    final LanguageSelect language;
    final PasswordChangeForm password;
    final MfaSetup twoStep;
    final SessionsList sessionsList;
    final Button endOthers = new Button(getTranslation("account.sessions.end-others"));
    final ApiTokensSection apiTokens;

    AccountView(UserService users, SessionService sessions, MfaService mfa, LanguagePreference languagePreference,
                ApiTokenService tokens) {
        addClassName("account-view");
        language = new LanguageSelect(languagePreference);
        // The select names itself for screen readers only; here, under its heading, it shows a label as fields do.
        language.getElement().setProperty("label", getTranslation("account.language.label"));
        sessionsList = new SessionsList(sessions::mine, session -> {
            sessions.end(session.id());
            Notifications.success(getTranslation("account.sessions.ended"));
        });
        password = new PasswordChangeForm(users, () -> {
            Notifications.success(getTranslation("account.password.changed"));
            sessionsList.refresh();
        });
        twoStep = new MfaSetup(mfa);
        apiTokens = new ApiTokensSection(tokens);
        endOthers.addClickListener(click -> {
            int ended = sessions.endOthers();
            Notifications.success(getTranslation("account.sessions.others-ended", ended));
            sessionsList.refresh();
        });
        add(new ViewToolbar(getTranslation("account.title")),
                new H2(getTranslation("account.language.title")),
                new Paragraph(getTranslation("account.language.hint")), language,
                new H2(getTranslation("account.password.title")), password,
                twoStep,
                new H2(getTranslation("account.sessions.title")),
                new Paragraph(getTranslation("account.sessions.hint")),
                sessionsList, endOthers, apiTokens);
    }

    @Override
    public String titleKey() {
        return "account.title";
    }
}
