package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before anything is deleted or removed from a saved record: one click never destroys data. Nothing happens
 * unless the user confirms; Cancel, Escape or a click outside leave everything as it was.
 */
public final class ConfirmDelete {

    private ConfirmDelete() {
    }

    /**
     * Opens the question and runs {@code action} only if the user confirms. The texts are the caller's, in the user's
     * language.
     *
     * @param header   what is about to happen: "Delete draft"
     * @param question the question naming the item: "Delete the draft “…”? This cannot be undone."
     * @param confirm  the confirming button's text: "Delete"
     */
    public static ConfirmDialog ask(String header, String question, String confirm, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(Translations.text("common.cancel"));
        dialog.setCloseOnEsc(true);
        dialog.setConfirmText(confirm);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> action.run());
        dialog.open();
        return dialog;
    }
}
