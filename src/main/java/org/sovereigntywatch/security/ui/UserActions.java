package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.ui.ComponentTexts;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.security.MfaService;
import org.sovereigntywatch.security.SessionService;
import org.sovereigntywatch.security.UserService;

import static org.sovereigntywatch.base.ui.Translations.text;

/**
 * What an admin does to a saved user beyond editing the form, each in a dialog: set a new password, see and end their
 * sessions, reset their two-step sign-in.
 */
final class UserActions {

    private final UserService users;
    private final SessionService sessions;
    private final MfaService mfa;

    UserActions(UserService users, SessionService sessions, MfaService mfa) {
        this.users = users;
        this.sessions = sessions;
        this.mfa = mfa;
    }

    void resetMfa(String username, long userId) {
        if (mfa.onSince(userId).isEmpty()) {
            Notifications.success(text("user.reset-mfa.none", username));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(text("user.reset-mfa.confirm.title", username),
                text("user.reset-mfa.confirm.text"), text("user.reset-mfa.confirm.button"), click -> {
                    mfa.reset(userId);
                    Notifications.success(text("user.reset-mfa.done", username));
                });
        confirm.setCancelable(true);
        confirm.setCancelText(text("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void showSessions(String username, long userId) {
        SessionsList list = new SessionsList(() -> sessions.of(userId), session -> sessions.end(session.id()));
        Dialog dialog = new Dialog(text("user.sessions.title", username), list);
        dialog.setWidth("min(60rem, 95vw)");
        Button endAll = new Button(text("user.sessions.end-all"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(text("user.sessions.end-all.confirm.title", username),
                    text("user.sessions.end-all.confirm.text"), text("user.sessions.end-all.confirm.button"),
                    confirmed -> {
                        int ended = sessions.endAllOf(userId);
                        Notifications.success(text("user.sessions.ended", ended, username));
                        list.refresh();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(text("common.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        endAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(text("common.close"), click -> dialog.close()), endAll);
        dialog.open();
    }

    void resetPassword(String username, long userId) {
        PasswordField password = ComponentTexts.translated(new PasswordField(text("account.password-form.new")));
        Dialog dialog = new Dialog(text("user.reset-password.title", username), password);
        Button set = new Button(text("user.reset-password.set"), click -> {
            try {
                users.resetPassword(userId, password.getValue());
                Notifications.success(text("user.reset-password.done", username));
                dialog.close();
            } catch (FieldErrorException problem) {
                password.setErrorMessage(text(problem.text()));
                password.setInvalid(true);
            }
        });
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(text("common.cancel"), click -> dialog.close()), set);
        dialog.open();
    }
}
