package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.UserMessage;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.security.CodeRefusedException;
import org.springframework.security.access.AccessDeniedException;

import java.util.function.Consumer;

/**
 * Asks for a current code before a change to an authenticator that is on: whoever holds the open session must
 * also hold the phone (or a recovery code). Stays open, with the reason under the field, while the code is refused.
 */
final class CurrentCodeDialog extends Dialog {

    final CodeField code = new CodeField();
    final Button confirm;

    /**
     * @param note        a line about what the change does, or {@code null}
     * @param confirmText the confirming button's text
     */
    CurrentCodeDialog(@Nullable String note, String confirmText, Consumer<String> action) {
        setHeaderTitle(getTranslation("mfa.current-code.title"));
        add(new Paragraph(getTranslation("mfa.current-code.hint")));
        if (note != null) {
            add(new Paragraph(note));
        }
        add(code);
        confirm = new Button(confirmText, click -> {
            try {
                action.accept(code.getValue());
                close();
            } catch (CodeRefusedException refused) {
                code.show(refused);
            } catch (AccessDeniedException refused) {
                Notifications.error(refused instanceof UserMessage explained ? Translations.text(explained.text())
                        : getTranslation("error.denied.role"));
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                code.focus();
            }
        });
    }
}
