package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.shared.Registration;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.ui.ComponentTexts;
import org.sovereigntywatch.base.ui.EmailAddressField;
import org.sovereigntywatch.base.ui.EntityForm;
import org.sovereigntywatch.base.ui.TextLimit;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.ui.JurisdictionCodesPicker;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.PasswordPolicy;
import org.sovereigntywatch.security.Role;

import java.util.Optional;

/**
 * Creates or edits a user. The username is fixed once saved; a new user gets a password here, an existing one through
 * "Reset password", which fires a {@link ResetPasswordEvent}; "Sessions" fires a {@link ShowSessionsEvent}.
 */
class UserForm extends EntityForm<AppUser> {

    final TextField username = new TextField(getTranslation("user.username"));
    final TextField displayName = new TextField(getTranslation("user.display-name"));
    final EmailAddressField email = new EmailAddressField(getTranslation("user.email"), AppUser.EMAIL_MAX);
    final Select<Role> role = new Select<>();
    final JurisdictionCodesPicker jurisdictionCodes;
    final Checkbox enabled = new Checkbox(getTranslation("user.enabled"));
    final PasswordField password = ComponentTexts.translated(new PasswordField(getTranslation("user.password")));
    final Button resetPassword = new Button(getTranslation("user.form.reset-password"));
    final Button sessions = new Button(getTranslation("user.form.sessions"));
    final Button resetMfa = new Button(getTranslation("user.form.reset-mfa"));

    UserForm(JurisdictionService jurisdictions) {
        super(AppUser.class);
        TextLimit.apply(username, AppUser.USERNAME_MAX);
        TextLimit.apply(displayName, AppUser.DISPLAY_NAME_MAX);
        email.setHelperText(getTranslation("user.email.helper"));
        role.setLabel(getTranslation("user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(Translations::label);
        jurisdictionCodes = new JurisdictionCodesPicker(getTranslation("user.form.jurisdictions"), jurisdictions);
        jurisdictionCodes.setHelperText(getTranslation("user.form.jurisdictions.helper"));
        password.setHelperText(getTranslation("user.form.password.helper", PasswordPolicy.MIN_LENGTH));
        password.setRequiredIndicatorVisible(true);
        // No maxlength: the browser would silently cut a pasted passphrase; PasswordPolicy says what is too long.
        resetPassword.addClickListener(click -> fireEvent(new ResetPasswordEvent(this)));
        sessions.addClickListener(click -> fireEvent(new ShowSessionsEvent(this)));
        resetMfa.addClickListener(click -> fireEvent(new ResetMfaEvent(this)));

        // A saved user's username is shown, never written back: audit columns and the security log refer to it.
        binder.forField(username).withValidator(new BeanValidator(AppUser.class, "username")).bind(AppUser::getUsername, (user, value) -> {
            if (user.isNew()) {
                user.setUsername(value);
            }
        });
        binder.forField(email).withValidator(new BeanValidator(AppUser.class, "email"))
                .bind(user -> user.getEmail().orElse(""), AppUser::setEmail);
        binder.bindInstanceFields(this);
        fields.add(username, displayName, email, role, jurisdictionCodes, enabled, password, resetPassword, sessions, resetMfa);
    }

    @Override
    protected void onEdit(AppUser user) {
        username.setReadOnly(!user.isNew());
        password.clear();
        password.setInvalid(false);
        password.setVisible(user.isNew());
        resetPassword.setVisible(!user.isNew());
        sessions.setVisible(!user.isNew());
        resetMfa.setVisible(!user.isNew());
    }

    @Override
    protected boolean isValidBeyondBinder() {
        if (!password.isVisible()) {
            return true;
        }
        Optional<Text> problem = PasswordPolicy.problemWith(password.getValue());
        problem.ifPresent(text -> password.setErrorMessage(Translations.text(text)));
        password.setInvalid(problem.isPresent());
        return problem.isEmpty();
    }

    Registration addResetPasswordListener(ComponentEventListener<ResetPasswordEvent> listener) {
        return addListener(ResetPasswordEvent.class, listener);
    }

    Registration addShowSessionsListener(ComponentEventListener<ShowSessionsEvent> listener) {
        return addListener(ShowSessionsEvent.class, listener);
    }

    Registration addResetMfaListener(ComponentEventListener<ResetMfaEvent> listener) {
        return addListener(ResetMfaEvent.class, listener);
    }

    /** The admin asked to reset the two-step sign-in of the user being edited (a lost phone). */
    static final class ResetMfaEvent extends ComponentEvent<UserForm> {
        ResetMfaEvent(UserForm source) {
            super(source, false);
        }
    }

    /** The admin asked to see, and perhaps end, the sessions of the user being edited. */
    static final class ShowSessionsEvent extends ComponentEvent<UserForm> {
        ShowSessionsEvent(UserForm source) {
            super(source, false);
        }
    }

    /** The admin asked to set a new password for the user being edited. */
    static final class ResetPasswordEvent extends ComponentEvent<UserForm> {
        ResetPasswordEvent(UserForm source) {
            super(source, false);
        }
    }
}
