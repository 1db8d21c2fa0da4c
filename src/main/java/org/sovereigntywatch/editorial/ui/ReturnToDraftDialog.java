package org.sovereigntywatch.editorial.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.ui.TextLimit;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.ReviewEntry;

import java.util.function.Consumer;

/**
 * Asks for the one comment a bulk return to draft sends with each item. The service decides whether the comment will
 * do; its refusal is shown on the comment box and the dialog stays open, with what was typed.
 */
class ReturnToDraftDialog extends Dialog {

    final TextArea comment = new TextArea(getTranslation("bulk.return-to-draft.comment"));
    final Button send;

    /**
     * @param items the items, counted: "3 concerns"
     * @param send  runs with the comment; it throws {@link FieldErrorException} to refuse it
     */
    ReturnToDraftDialog(String items, Consumer<String> send) {
        setHeaderTitle(getTranslation("bulk.return-to-draft.header", items));
        comment.setWidthFull();
        comment.setHelperText(getTranslation("bulk.return-to-draft.comment.helper"));
        TextLimit.apply(comment, ReviewEntry.COMMENT_MAX);
        this.send = new Button(getTranslation(ReviewPanel.verbKey(PublicationState.DRAFT)), click -> {
            try {
                send.accept(comment.getValue());
                close();
            } catch (FieldErrorException refused) {
                comment.setErrorMessage(Translations.text(refused.text()));
                comment.setInvalid(true);
            }
        });
        this.send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(comment);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), this.send);
        setWidth("min(32rem, 95vw)");
    }
}
