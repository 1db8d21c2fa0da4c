package org.sovereigntywatch.editorial.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.ui.TextLimit;
import org.sovereigntywatch.editorial.ReviewEntry;

import java.util.function.Consumer;

/**
 * Asks for the one comment a bulk return to draft sends with each item. The service decides whether the comment will
 * do; its refusal is shown on the comment box and the dialog stays open, with what was typed.
 */
class ReturnToDraftDialog extends Dialog {

    final TextArea comment = new TextArea("Why they go back to draft");
    final Button send;

    /** @param send runs with the comment; it throws {@link FieldErrorException} to refuse it */
    ReturnToDraftDialog(String items, Consumer<String> send) {
        setHeaderTitle("Return " + items + " to draft");
        comment.setWidthFull();
        comment.setHelperText("Logged with each of them: their analysts will read it");
        TextLimit.apply(comment, ReviewEntry.COMMENT_MAX);
        this.send = new Button("Return to draft", click -> {
            try {
                send.accept(comment.getValue());
                close();
            } catch (FieldErrorException refused) {
                comment.setErrorMessage(refused.getMessage());
                comment.setInvalid(true);
            }
        });
        this.send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(comment);
        getFooter().add(new Button("Cancel", click -> close()), this.send);
        setWidth("min(32rem, 95vw)");
    }
}
