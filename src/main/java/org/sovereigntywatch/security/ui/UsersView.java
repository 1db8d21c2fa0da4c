package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sovereigntywatch.base.ui.GridEditor;
import org.sovereigntywatch.base.ui.SearchField;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.history.ui.HistoryButton;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.MfaService;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.SessionService;
import org.sovereigntywatch.security.UserService;

import java.util.function.BiConsumer;

/**
 * Admins create users, change their role and jurisdictions, disable them, reset their passwords and end their
 * sessions. Every change reaches the user's open sessions at their next request.
 */
@Route("users")
@Menu(order = 90, title = "user.list.title", icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
public class UsersView extends Div implements TitledView {

    final Grid<AppUser> grid = new Grid<>(AppUser.class, false);
    final SearchField search = new SearchField(getTranslation("user.list.search"), () -> grid.getDataProvider().refreshAll());
    final Button add = new Button(getTranslation("user.list.new"), VaadinIcon.PLUS.create());
    final UserForm form;

    UsersView(UserService users, SessionService sessions, MfaService mfa, JurisdictionService jurisdictions) {
        form = new UserForm(jurisdictions);

        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("user.username")).setSortProperty("username");
        grid.addColumn(AppUser::getDisplayName).setHeader(getTranslation("common.name")).setSortProperty("displayName");
        grid.addColumn(user -> Translations.label(user.getRole())).setHeader(getTranslation("user.role")).setSortProperty("role");
        grid.addColumn(user -> user.getJurisdictionCodes().isEmpty() ? getTranslation("user.list.all-jurisdictions")
                : String.join(", ", user.getJurisdictionCodes())).setHeader(getTranslation("common.jurisdictions"));
        grid.addColumn(user -> getTranslation(user.isEnabled() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("user.enabled")).setSortProperty("enabled");
        HistoryButton.addColumn(grid, AppUser::getUsername, user -> users.history(user.getId()));
        grid.setItemsPageable(pageable -> users.list(search.getValue(), pageable),
                pageable -> (int) users.count(search.getValue()));

        var editor = new GridEditor<>(new ViewToolbar(getTranslation("user.list.title"), search, add), grid, form,
                user -> user.isNew() ? users.create(user, form.password.getValue()) : users.update(user),
                AppUser::getUsername).editOnSelect();
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> editor.edit(new AppUser("", "", Role.VIEWER), getTranslation("user.list.new")));
        UserActions actions = new UserActions(users, sessions, mfa);
        form.addResetPasswordListener(reset -> onSavedUser(actions::resetPassword));
        form.addShowSessionsListener(show -> onSavedUser(actions::showSessions));
        form.addResetMfaListener(reset -> onSavedUser(actions::resetMfa));
        add(editor);
    }

    /** Runs {@code action} with the username and id of the user being edited, once saved. */
    private void onSavedUser(BiConsumer<String, Long> action) {
        AppUser user = form.getItem();
        if (user != null && user.getId() != null) {
            action.accept(user.getUsername(), user.getId());
        }
    }

    @Override
    public String titleKey() {
        return "user.list.title";
    }
}
