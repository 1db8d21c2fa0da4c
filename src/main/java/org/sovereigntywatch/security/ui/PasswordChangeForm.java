package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.ui.ComponentTexts;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.security.PasswordPolicy;
import org.sovereigntywatch.security.UserService;

import java.util.List;

/**
 * The signed-in user chooses a new password, giving the current one. Used on the account page and as the sign-in
 * step after someone else chose the password. What is acceptable is {@link PasswordPolicy}'s, checked by the service.
 */
class PasswordChangeForm extends FormLayout {

    final PasswordField currentPassword = password("account.password-form.current");
    final PasswordField newPassword = password("account.password-form.new");
    final PasswordField repeat = password("account.password-form.repeat");
    final Button change = new Button(getTranslation("account.password-form.change"));

    private final UserService users;
    private final Runnable onChanged;

    PasswordChangeForm(UserService users, Runnable onChanged) {
        this.users = users;
        this.onChanged = onChanged;
        currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setHelperText(getTranslation("account.password-form.new.helper", PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_LENGTH));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(click -> change());
        setMaxColumns(1);
        add(currentPassword, newPassword, repeat, change);
    }

    private void change() {
        List.of(currentPassword, newPassword, repeat).forEach(field -> field.setInvalid(false));
        if (!newPassword.getValue().equals(repeat.getValue())) {
            refuse(repeat, getTranslation("account.password-form.differ"));
            return;
        }
        try {
            users.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
        } catch (FieldErrorException problem) {
            refuse("currentPassword".equals(problem.getProperty()) ? currentPassword : newPassword,
                    Translations.text(problem.text()));
            return;
        }
        currentPassword.clear();
        newPassword.clear();
        repeat.clear();
        onChanged.run();
    }

    private static void refuse(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    private static PasswordField password(String key) {
        return ComponentTexts.translated(new PasswordField(Translations.text(key)));
    }
}
