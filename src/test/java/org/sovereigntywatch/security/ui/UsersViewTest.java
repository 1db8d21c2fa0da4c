package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class UsersViewTest extends KaribuTest {

    @Autowired
    UserService users;

    @Test
    void an_admin_creates_an_analyst_covering_two_jurisdictions() {
        login("admin");
        UsersView view = open();
        String username = "nina-" + UUID.randomUUID().toString().substring(0, 6);

        _click(view.add);
        _setValue(view.form.username, username);
        _setValue(view.form.displayName, "Nina Analyst");
        _setValue(view.form.role, Role.ANALYST);
        _setValue(view.form.jurisdictionCodes, Set.of("NP", "IN"));
        _setValue(view.form.password, "twelve chars ok");
        save(view);

        AppUser created = users.findByUsername(username).orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.ANALYST);
        assertThat(created.getJurisdictionCodes()).containsExactly("IN", "NP");
        assertThat(view.form.isVisible()).isFalse();
    }

    @Test
    void an_admin_edits_every_field_of_a_saved_user_but_the_username() {
        login("admin");
        AppUser saved = users.create(newUser("edit", Role.REVIEWER), "a long enough passphrase");
        UsersView view = open();

        view.grid.select(saved);
        assertThat(view.form.username.isReadOnly()).isTrue();
        _setValue(view.form.displayName, "Renamed Person");
        _setValue(view.form.email, "renamed@example.org");
        _setValue(view.form.role, Role.VIEWER);
        _setValue(view.form.jurisdictionCodes, Set.of("CA"));
        _setValue(view.form.enabled, false);
        save(view);

        AppUser stored = users.findByUsername(saved.getUsername()).orElseThrow();
        assertThat(stored.getDisplayName()).isEqualTo("Renamed Person");
        assertThat(stored.getEmail()).contains("renamed@example.org");
        assertThat(stored.getRole()).isEqualTo(Role.VIEWER);
        assertThat(stored.getJurisdictionCodes()).containsExactly("CA");
        assertThat(stored.isEnabled()).isFalse();
        assertThat(view.form.isVisible()).isFalse();
    }

    @Test
    void an_admin_re_enables_a_disabled_user() {
        login("admin");
        AppUser saved = newUser("again", Role.ANALYST);
        saved.setEnabled(false);
        saved = users.create(saved, "a long enough passphrase");
        UsersView view = open();

        view.grid.select(saved);
        _setValue(view.form.enabled, true);
        save(view);

        assertThat(users.findByUsername(saved.getUsername()).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void a_malformed_address_is_refused_next_to_the_field_and_changes_nothing() {
        login("admin");
        AppUser saved = users.create(newUser("mail", Role.ANALYST), "a long enough passphrase");
        UsersView view = open();

        view.grid.select(saved);
        _setValue(view.form.email, "someone@");
        _setValue(view.form.displayName, "Not Saved");
        save(view);

        assertThat(view.form.email.isInvalid()).isTrue();
        assertThat(view.form.email.getErrorMessage()).isEqualTo("Enter an e-mail address such as name@example.org");
        AppUser stored = users.findByUsername(saved.getUsername()).orElseThrow();
        assertThat(stored.getEmail()).isEmpty();
        assertThat(stored.getDisplayName()).isEqualTo("Some Person");
    }

    private static AppUser newUser(String prefix, Role role) {
        return new AppUser(prefix + "-" + UUID.randomUUID().toString().substring(0, 6), "Some Person", role);
    }

    @Test
    void a_short_password_is_refused_next_to_the_field_and_creates_nobody() {
        login("admin");
        UsersView view = open();
        String username = "short-" + UUID.randomUUID().toString().substring(0, 6);

        _click(view.add);
        _setValue(view.form.username, username);
        _setValue(view.form.displayName, "Short Password");
        _setValue(view.form.password, "too short");
        save(view);

        assertThat(view.form.password.isInvalid()).isTrue();
        assertThat(view.form.password.getErrorMessage()).isEqualTo("A password has at least 12 characters");
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void an_invalid_username_is_refused_with_the_validation_message() {
        login("admin");
        UsersView view = open();
        _click(view.add);
        _setValue(view.form.username, "Not Valid!");
        _setValue(view.form.displayName, "Someone");
        _setValue(view.form.password, "long enough password");
        save(view);
        assertThat(view.form.username.isInvalid()).isTrue();
        assertThat(view.form.username.getErrorMessage()).isEqualTo("Use lower-case letters, digits, ‘.’, ‘_’ and ‘-’ only");
    }

    @Test
    void a_french_admin_reads_the_users_view_its_form_and_its_dialogs_in_french() {
        login("admin");
        AppUser saved = users.create(newUser("fr", Role.REVIEWER), "a long enough passphrase");
        browserPrefers(Locale.FRANCE);
        UsersView view = open();
        ShownTexts.assertReadsInFrench();

        _click(view.add);
        _setValue(view.form.username, "Pas Valide!");
        assertThat(view.form.username.getErrorMessage())
                .isEqualTo("N’utilisez que des lettres minuscules, des chiffres, « . », « _ » et « - »");
        assertThat(view.form.role.getItemLabelGenerator().apply(Role.REVIEWER)).isEqualTo("Relecteur");
        ShownTexts.assertReadsInFrench();

        view.grid.select(users.findByUsername(saved.getUsername()).orElseThrow());
        _click(view.form.resetPassword);
        Dialog newPassword = _get(Dialog.class);
        assertThat(newPassword.getHeaderTitle()).isEqualTo("Nouveau mot de passe pour " + saved.getUsername());
        _setValue(_get(newPassword, PasswordField.class), "trop court");
        _click(_get(newPassword, Button.class, spec -> spec.withText("Définir le mot de passe")));
        assertThat(_get(newPassword, PasswordField.class).getErrorMessage())
                .isEqualTo("Un mot de passe comporte au moins 12 caractères");
        ShownTexts.assertReadsInFrench();
        _click(_get(newPassword, Button.class, spec -> spec.withText("Annuler")));

        _click(view.form.sessions);
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Sessions de " + saved.getUsername());
        ShownTexts.assertReadsInFrench();
        _click(_get(Button.class, spec -> spec.withText("Fermer toutes les sessions")));
        _fireConfirm(_get(ConfirmDialog.class));
        expectNotifications("Aucune session de " + saved.getUsername() + " fermée");
        _click(_get(Button.class, spec -> spec.withText("Fermer")));

        _click(view.form.resetMfa);
        expectNotifications(saved.getUsername() + " n’a pas de connexion en deux étapes à réinitialiser");
    }

    private static void save(UsersView view) {
        _click(_get(view.form, Button.class, spec -> spec.withText("Save")));
    }

    private static UsersView open() {
        UI.getCurrent().navigate(UsersView.class);
        return _get(UsersView.class);
    }
}
