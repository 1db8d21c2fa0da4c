package org.sovereigntywatch.security.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.dashboard.ui.DashboardView;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.SessionEnd;
import org.sovereigntywatch.security.SignedInElsewhere;
import org.sovereigntywatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The account page, the forced password change, and an admin's changes reaching a user's open sessions. */
class AccountViewsTest extends KaribuTest {

    private static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; rv:133.0) Gecko/20100101 Firefox/133.0";

    @Autowired UserService users;
    @Autowired ConcernService concerns;
    @Autowired ApplicationContext context;

    @Test
    void after_a_reset_the_user_sees_nothing_but_the_new_password_page_until_they_choose_one() {
        String username = userWithResetPassword();
        login(username);

        UI.getCurrent().navigate(DashboardView.class);
        NewPasswordView page = _get(NewPasswordView.class);
        assertThat(_find(DashboardView.class)).isEmpty();
        assertThatThrownBy(() -> concerns.list(ConcernFilter.ALL, Pageable.ofSize(5)))
                .as("the session holds no role yet").isInstanceOf(AccessDeniedException.class);

        _setValue(page.form.currentPassword, "set by the admin now");
        _setValue(page.form.newPassword, "my own lantern in fog");
        _setValue(page.form.repeat, "my own lantern in fog");
        _click(page.form.change);

        assertThat(stored(username).isPasswordChangeRequired()).isFalse();
        login(username);
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_find(DashboardView.class)).hasSize(1);
    }

    @Test
    void a_new_password_that_differs_from_its_repetition_or_is_weak_is_refused_next_to_the_field() {
        String username = userWithResetPassword();
        login(username);
        UI.getCurrent().navigate(AccountView.class);
        NewPasswordView page = _get(NewPasswordView.class);

        _setValue(page.form.currentPassword, "set by the admin now");
        _setValue(page.form.newPassword, "my own lantern in fog");
        _setValue(page.form.repeat, "my own lantern in fig");
        _click(page.form.change);
        assertThat(page.form.repeat.getErrorMessage()).isEqualTo("The two new passwords differ");

        _setValue(page.form.newPassword, "password1234");
        _setValue(page.form.repeat, "password1234");
        _click(page.form.change);
        assertThat(page.form.newPassword.isInvalid()).isTrue();
        assertThat(page.form.newPassword.getErrorMessage()).startsWith("This password is too easy to guess");
        assertThat(stored(username).isPasswordChangeRequired()).isTrue();
    }

    @Test
    void a_user_sees_their_other_sessions_and_ends_them() {
        String username = newUser(Role.ANALYST);
        SignedInElsewhere.signIn(context, username, FIREFOX, "198.51.100.4");
        SignedInElsewhere.signIn(context, username, FIREFOX, "198.51.100.5");
        login(username);
        UI.getCurrent().navigate(AccountView.class);
        AccountView page = _get(AccountView.class);
        assertThat(_size(page.sessionsList)).isEqualTo(2);
        assertThat(Translations.text(GridKt._get(page.sessionsList, 0).browser())).isEqualTo("Firefox 133 on Windows");

        _click((Button) GridKt._getCellComponent(page.sessionsList, 0, "end"));
        assertThat(_size(page.sessionsList)).isEqualTo(1);
        _click(page.endOthers);
        assertThat(_size(page.sessionsList)).isZero();
    }

    @Test
    void an_admin_disabling_a_user_in_the_users_view_ends_their_open_session() {
        String username = newUser(Role.REVIEWER);
        String elsewhere = SignedInElsewhere.signIn(context, username, FIREFOX, "198.51.100.9");
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        UsersView view = _get(UsersView.class);

        view.grid.select(users.findByUsername(username).orElseThrow());
        _setValue(view.form.enabled, false);
        _click(_get(view.form, Button.class, spec -> spec.withText("Save")));

        assertThat(SignedInElsewhere.endOf(context, elsewhere)).isEqualTo(SessionEnd.USER_DISABLED);
    }

    @Test
    void an_admin_ends_all_sessions_of_a_user_from_the_users_view() {
        String username = newUser(Role.VIEWER);
        String elsewhere = SignedInElsewhere.signIn(context, username, FIREFOX, "198.51.100.10");
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        UsersView view = _get(UsersView.class);

        view.grid.select(users.findByUsername(username).orElseThrow());
        _click(view.form.sessions);
        _click(_get(Button.class, spec -> spec.withText("End all sessions")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(SignedInElsewhere.endOf(context, elsewhere)).isEqualTo(SessionEnd.ENDED);
    }

    @Test
    void a_french_user_reads_their_account_page_and_its_refusals_in_french() {
        String username = newUser(Role.ANALYST);
        login(username);
        browserPrefers(Locale.FRANCE);
        UI.getCurrent().navigate(AccountView.class);
        AccountView page = _get(AccountView.class);
        ShownTexts.assertReadsInFrench();
        assertThat(page.language.getElement().getProperty("label")).isEqualTo("Afficher l’application en");

        _setValue(page.password.currentPassword, "not my password at all");
        _setValue(page.password.newPassword, "my own lantern in fog");
        _setValue(page.password.repeat, "my own lantern in fig");
        _click(page.password.change);
        assertThat(page.password.repeat.getErrorMessage()).isEqualTo("Les deux nouveaux mots de passe ne sont pas identiques");
        _setValue(page.password.repeat, "my own lantern in fog");
        _click(page.password.change);
        assertThat(page.password.currentPassword.getErrorMessage()).isEqualTo("Ce n’est pas votre mot de passe actuel");
        _setValue(page.password.currentPassword, "first quiet harbour");
        _setValue(page.password.newPassword, "password1234");
        _setValue(page.password.repeat, "password1234");
        _click(page.password.change);
        assertThat(page.password.newPassword.getErrorMessage()).startsWith("Ce mot de passe est trop facile à deviner");

        _click(page.endOthers);
        expectNotifications("Aucune autre session fermée");
        _click(page.twoStep.setUp);
        ShownTexts.assertReadsInFrench();
    }

    @Test
    void a_french_user_told_to_choose_a_password_reads_that_page_in_french() {
        String username = userWithResetPassword();
        login(username);
        browserPrefers(Locale.FRANCE);
        UI.getCurrent().navigate(DashboardView.class);
        NewPasswordView page = _get(NewPasswordView.class);

        ShownTexts.assertReadsInFrench();
        assertThat(page.form.currentPassword.getHelperText()).isEqualTo("Celui avec lequel vous venez de vous connecter");
    }

    /** The user's row as an admin reads it: signs the test in as admin. */
    private AppUser stored(String username) {
        login("admin");
        return users.findByUsername(username).orElseThrow();
    }

    private String userWithResetPassword() {
        String username = newUser(Role.ANALYST);
        login("admin");
        users.resetPassword(users.findByUsername(username).orElseThrow().getId(), "set by the admin now");
        logout();
        return username;
    }

    private String newUser(Role role) {
        String username = "acct-" + UUID.randomUUID().toString().substring(0, 8);
        login("admin");
        users.create(new AppUser(username, "Avery Account", role), "first quiet harbour");
        logout();
        return username;
    }
}
