package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.textfield.TextField;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.security.CodeRefusedException;

/**
 * Where a one-time code or a recovery code is typed. Browsers and password managers offer a code they received
 * ({@code autocomplete="one-time-code"}); a refused code shows its reason under the field.
 */
class CodeField extends TextField {

    CodeField(String label) {
        super(label);
        getElement().setAttribute("autocomplete", "one-time-code");
        setAutocorrect(false);
        setClearButtonVisible(true);
        addValueChangeListener(changed -> setInvalid(false));
    }

    CodeField() {
        this(Translations.text("common.code"));
    }

    void show(CodeRefusedException refused) {
        setErrorMessage(Translations.text(refused.text()));
        setInvalid(true);
        focus();
    }
}
