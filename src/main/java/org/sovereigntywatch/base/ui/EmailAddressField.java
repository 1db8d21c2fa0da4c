package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.textfield.EmailField;

/**
 * A field for an e-mail address. The browser checks its form as it is typed; without a message of ours, that check
 * would mark the field invalid with an empty one.
 */
public class EmailAddressField extends EmailField {

    public EmailAddressField(String label, int maxLength) {
        super(label);
        TextLimit.apply(this, maxLength);
        setI18n(new EmailFieldI18n().setPatternErrorMessage(getTranslation("user.email.invalid")));
    }
}
