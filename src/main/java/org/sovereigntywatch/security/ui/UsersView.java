package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.ui.GridEditor;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.base.ui.SearchField;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.MfaService;
import org.sovereigntywatch.security.SessionService;
import org.sovereigntywatch.security.UserService;

/**
 * Admins create users, change their role and jurisdictions, disable them, reset their passwords and end their
 * sessions. Every change reaches the user's open sessions at their next request.
 */
@Route("users")
@PageTitle("Users · Sovereignty Watch")
@Menu(order = 90, title = "Users", icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
public class UsersView extends Div {

    final Grid<AppUser> grid = new Grid<>(AppUser.class, false);
    final SearchField search = new SearchField("Search username or name", () -> grid.getDataProvider().refreshAll());
    final Button add = new Button("New user", VaadinIcon.PLUS.create());
    final UserForm form;
    private final UserService users;
    private final SessionService sessions;
    private final MfaService mfa;

    UsersView(UserService users, SessionService sessions, MfaService mfa, JurisdictionService jurisdictions) {
        this.users = users;
        this.sessions = sessions;
        this.mfa = mfa;
        form = new UserForm(jurisdictions);

        grid.addColumn(AppUser::getUsername).setHeader("Username").setSortProperty("username");
        grid.addColumn(AppUser::getDisplayName).setHeader("Name").setSortProperty("displayName");
        grid.addColumn(user -> user.getRole().label()).setHeader("Role").setSortProperty("role");
        grid.addColumn(user -> user.getJurisdictionCodes().isEmpty() ? "All" : String.join(", ", user.getJurisdictionCodes()))
                .setHeader("Jurisdictions");
        grid.addColumn(user -> user.isEnabled() ? "Yes" : "No").setHeader("Can sign in").setSortProperty("enabled");
        grid.setItemsPageable(pageable -> users.list(search.getValue(), pageable),
                pageable -> (int) users.count(search.getValue()));

        var editor = new GridEditor<>(new ViewToolbar("Users", search, add), grid, form,
                user -> user.isNew() ? users.create(user, form.password.getValue()) : users.update(user),
                AppUser::getUsername).editOnSelect();
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> editor.edit(new AppUser("", "", Role.VIEWER), "New user"));
        form.addResetPasswordListener(reset -> {
            AppUser user = form.getItem();
            if (user != null && user.getId() != null) {
                resetPassword(user.getUsername(), user.getId());
            }
        });
        form.addShowSessionsListener(show -> {
            AppUser user = form.getItem();
            if (user != null && user.getId() != null) {
                showSessions(user.getUsername(), user.getId());
            }
        });
        form.addResetMfaListener(reset -> {
            AppUser user = form.getItem();
            if (user != null && user.getId() != null) {
                resetMfa(user.getUsername(), user.getId());
            }
        });
        add(editor);
    }

    private void resetMfa(String username, long userId) {
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

    private void showSessions(String username, long userId) {
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

    private void resetPassword(String username, long userId) {
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
