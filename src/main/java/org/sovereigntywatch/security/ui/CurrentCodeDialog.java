package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.security.CodeRefusedException;
import org.sovereigntywatch.security.MfaTexts;
import org.springframework.security.access.AccessDeniedException;

import java.util.function.Consumer;

/**
 * Asks for a current code before a change to an authenticator that is on: whoever holds the open session must
 * also hold the phone (or a recovery code). Stays open, with the reason under the field, while the code is refused.
 */
final class CurrentCodeDialog extends Dialog {

    final CodeField code = new CodeField();
    final Button confirm;

    CurrentCodeDialog(String header, String note, String confirmText, Consumer<String> action) {
        setHeaderTitle(header);
        add(new Paragraph(MfaTexts.CURRENT_CODE_HINT));
        if (!note.isEmpty()) {
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
                Notifications.error(refused.getMessage());
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(MfaTexts.CANCEL, click -> close()), confirm);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                code.focus();
            }
        });
    }
}
