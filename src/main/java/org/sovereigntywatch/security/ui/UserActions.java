package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.security.MfaService;
import org.sovereigntywatch.security.SessionService;
import org.sovereigntywatch.security.UserService;

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
            Notifications.success(username + " has no two-step sign-in to reset");
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog("Reset two-step sign-in of " + username + "?",
                "Their authenticator and recovery codes stop working; they set it up again at the next sign-in if "
                        + "their role requires it. Do this when they lost their phone.", "Reset", click -> {
                    mfa.reset(userId);
                    Notifications.success("Two-step sign-in of " + username + " reset");
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void showSessions(String username, long userId) {
        SessionsList list = new SessionsList(() -> sessions.of(userId), session -> sessions.end(session.id()));
        Dialog dialog = new Dialog("Sessions of " + username, list);
        dialog.setWidth("min(60rem, 95vw)");
        Button endAll = new Button("End all sessions", click -> {
            ConfirmDialog confirm = new ConfirmDialog("End all sessions of " + username + "?",
                    "Each is signed out at its next click (yours too, if these are your own).", "End all", confirmed -> {
                        int ended = sessions.endAllOf(userId);
                        Notifications.success(ended + " session" + (ended == 1 ? "" : "s") + " of " + username + " ended");
                        list.refresh();
                    });
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        endAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()), endAll);
        dialog.open();
    }

    void resetPassword(String username, long userId) {
        PasswordField password = new PasswordField("New password");
        Dialog dialog = new Dialog("New password for " + username, password);
        Button set = new Button("Set password", click -> {
            try {
                users.resetPassword(userId, password.getValue());
                Notifications.success("Password changed for " + username
                        + ": their sessions have ended and they must choose their own at the next sign-in");
                dialog.close();
            } catch (FieldErrorException problem) {
                password.setErrorMessage(problem.getMessage());
                password.setInvalid(true);
            }
        });
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), set);
        dialog.open();
    }
}
