package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.security.MfaService;
import org.sovereigntywatch.security.SessionService;
import org.sovereigntywatch.security.UserService;

/**
 * Every signed-in user's own account: their password, two-step sign-in, and the sessions open in their name, to end
 * any of them.
 */
@Route("account")
@PermitAll
public class AccountView extends Div implements TitledView {

    final PasswordChangeForm password;
    final MfaSetup twoStep;
    final SessionsList sessionsList;
    final Button endOthers = new Button("End all other sessions");

    AccountView(UserService users, SessionService sessions, MfaService mfa) {
        addClassName("account-view");
        sessionsList = new SessionsList(sessions::mine, session -> {
            sessions.end(session.id());
            Notifications.success("Session ended: it is signed out at its next click");
        });
        password = new PasswordChangeForm(users, () -> {
            Notifications.success("Password changed. Your other sessions have ended.");
            sessionsList.refresh();
        });
        twoStep = new MfaSetup(mfa);
        endOthers.addClickListener(click -> {
            int ended = sessions.endOthers();
            Notifications.success(ended == 1 ? "1 other session ended" : ended + " other sessions ended");
            sessionsList.refresh();
        });
        add(new ViewToolbar("Your account"),
                new H2("Password"), password,
                twoStep,
                new H2("Where you are signed in"),
                new Paragraph("End any session you do not recognise, then change your password."),
                sessionsList, endOthers);
    }

    @Override
    public String titleKey() {
        return "account.title";
    }
}
