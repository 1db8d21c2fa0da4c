package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.base.ui.DatePickers;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.editorial.BulkResult;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.security.ui.UserPicker;

import java.util.List;
import java.util.function.Consumer;

/**
 * Gives the selected concerns a new owner, a new next review date, or both ({@link ConcernService#assignAll}): what is
 * left empty stays as each concern has it. A problem with what was entered keeps the dialog open, marked on the field.
 */
class AssignDialog extends Dialog {

    final UserPicker owner;
    final DatePicker nextReview = DatePickers.create("Next review");
    final Button apply;

    AssignDialog(ConcernService concerns, UserService users, List<Long> ids, Consumer<BulkResult> whenDone) {
        setHeaderTitle("Set owner or next review of " + ids.size() + (ids.size() == 1 ? " concern" : " concerns"));
        owner = new UserPicker("New owner", users);
        owner.setHelperText("Empty: each keeps its owner");
        nextReview.setHelperText("Empty: each keeps its date");
        apply = new Button("Apply", click -> {
            if (nextReview.isInvalid()) {
                // A date typed wrongly reads as none: applying then would quietly keep each concern's date.
                return;
            }
            try {
                BulkResult result = concerns.assignAll(ids, owner.isEmpty() ? null : owner.getValue().getId(),
                        nextReview.getValue());
                close();
                whenDone.accept(result);
            } catch (FieldErrorException invalid) {
                markOwner(invalid.getMessage());
            } catch (WorkflowException refused) {
                Notifications.error(refused.getMessage());
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(owner, nextReview));
        getFooter().add(new Button("Cancel", click -> close()), apply);
        setWidth("min(32rem, 95vw)");
    }

    /** Both refusals before any concern is touched are about the owner: none chosen with no date, or one gone. */
    private void markOwner(String message) {
        owner.setErrorMessage(message);
        owner.setInvalid(true);
    }
}
