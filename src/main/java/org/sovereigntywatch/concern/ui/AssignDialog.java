package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.ui.DatePickers;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.editorial.ui.BulkAction;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.security.ui.UserPicker;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Gives the selected concerns a new owner, a new next review date, or both ({@link ConcernService#assignAll}): what is
 * left empty stays as each concern has it. A problem with what was entered keeps the dialog open, marked on the field;
 * once it is accepted, the dialog closes and the bulk bar runs the assignment with its progress.
 */
class AssignDialog extends Dialog {

    final UserPicker owner;
    final DatePicker nextReview = DatePickers.create(getTranslation("concern.field.next-review"));
    final Button apply;

    AssignDialog(ConcernService concerns, UserService users, List<Long> ids, Consumer<BulkAction.Work> run) {
        setHeaderTitle(getTranslation("concern.assign.header", ids.size()));
        owner = new UserPicker(getTranslation("concern.assign.owner"), users);
        owner.setHelperText(getTranslation("concern.assign.owner.helper"));
        nextReview.setHelperText(getTranslation("concern.assign.next-review.helper"));
        apply = new Button(getTranslation("concern.assign.apply"), click -> {
            if (nextReview.isInvalid()) {
                // A date typed wrongly reads as none: applying then would quietly keep each concern's date.
                return;
            }
            Long ownerId = owner.isEmpty() ? null : owner.getValue().getId();
            LocalDate date = nextReview.getValue();
            try {
                // Refused here, on the field, rather than by the work once it runs in the background.
                concerns.checkAssignment(ownerId, date);
            } catch (FieldErrorException invalid) {
                markOwner(Translations.text(invalid.text()));
                return;
            }
            close();
            run.accept(progress -> concerns.assignAll(ids, ownerId, date, progress));
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(owner, nextReview));
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), apply);
        setWidth("min(32rem, 95vw)");
    }

    /** Both refusals before any concern is touched are about the owner: none chosen with no date, or one gone. */
    private void markOwner(String message) {
        owner.setErrorMessage(message);
        owner.setInvalid(true);
    }
}
