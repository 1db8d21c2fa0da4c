package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.ui.TextLimit;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.security.ApiTokenService;
import org.sovereigntywatch.security.NewApiToken;

/**
 * Makes a personal access token: its name and lifetime first, then the token itself, shown this once with a button
 * to copy it. Closing the dialog forgets it; the app keeps only its hash.
 */
class NewApiTokenDialog extends Dialog {

    static final int DEFAULT_DAYS = 90;

    final TextField name = new TextField(getTranslation("api-token.name"));
    final Select<Integer> lifetime = new Select<>();
    final Button create = new Button(getTranslation("api-token.create"));
    final TextField secret = new TextField(getTranslation("api-token.secret"));

    private final ApiTokenService tokens;
    private final Runnable created;

    /** @param created what to do once a token is made: refresh the list */
    NewApiTokenDialog(ApiTokenService tokens, Runnable created) {
        this.tokens = tokens;
        this.created = created;
        setHeaderTitle(getTranslation("api-token.new"));
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        name.setHelperText(getTranslation("api-token.name.hint"));
        TextLimit.apply(name, ApiTokenService.NAME_MAX);
        lifetime.setLabel(getTranslation("api-token.lifetime"));
        lifetime.setItems(ApiTokenService.LIFETIMES);
        lifetime.setItemLabelGenerator(days -> getTranslation("api-token.lifetime.days", days));
        lifetime.setValue(DEFAULT_DAYS);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        add(name, lifetime);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), create);
    }

    private void create() {
        name.setInvalid(false);
        lifetime.setInvalid(false);
        try {
            show(tokens.create(name.getValue(), lifetime.getValue() == null ? 0 : lifetime.getValue()));
            created.run();
        } catch (FieldErrorException refused) {
            String message = Translations.text(refused.text());
            if (refused.getProperty().equals("lifetime")) {
                lifetime.setErrorMessage(message);
                lifetime.setInvalid(true);
            } else {
                name.setErrorMessage(message);
                name.setInvalid(true);
            }
        }
    }

    /** The token, once: to copy now, as it will never be shown again. */
    private void show(NewApiToken token) {
        removeAll();
        getFooter().removeAll();
        secret.setValue(token.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addClassName("api-token-secret");
        // The browser's clipboard is only there for pages served over HTTPS (or from localhost).
        Button copy = new Button(getTranslation("api-token.copy"), click -> getElement()
                .executeJs("return navigator.clipboard.writeText($0)", token.secret())
                .then(done -> secret.setHelperText(getTranslation("api-token.copied")),
                        failed -> secret.setHelperText(getTranslation("api-token.copy-failed"))));
        Button done = new Button(getTranslation("api-token.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("api-token.shown-once", token.token().name())), secret);
        getFooter().add(copy, done);
        setCloseOnOutsideClick(false);
    }
}
