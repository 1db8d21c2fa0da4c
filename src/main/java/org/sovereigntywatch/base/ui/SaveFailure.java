package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.sovereigntywatch.base.DatabaseRefusal;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.WorkflowException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Tells the user why a save was refused, next to the field it concerns where there is one. Forms call this when a
 * service throws; anything it does not recognise is rethrown to the application's error handler.
 */
public final class SaveFailure {

    public static final String CONFLICT = "Not saved: this was changed by someone else since you opened it — "
            + "reload it to see their changes, then make yours again.";

    static final String CLASH = "Not saved: it clashes with something saved meanwhile (a name or code taken, or a "
            + "reference removed). Reload and try again.";

    private SaveFailure() {
    }

    public static void show(Binder<?> binder, RuntimeException failure) {
        switch (failure) {
            case FieldErrorException fieldError -> markField(binder, fieldError.getProperty(), fieldError.getMessage());
            case ConstraintViolationException invalid -> {
                for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                    markField(binder, lastNode(violation.getPropertyPath()), violation.getMessage());
                }
            }
            case ObjectOptimisticLockingFailureException conflict -> Notifications.error(CONFLICT);
            case AccessDeniedException denied -> Notifications.error("Not saved. " + FriendlyErrorHandler.whyDenied(denied));
            case WorkflowException workflow -> Notifications.error(workflow.getMessage());
            case DataIntegrityViolationException integrity -> Notifications.error(refusedByDatabase(integrity));
            default -> throw failure;
        }
    }

    /**
     * What to tell the user about a save the database refused. Only a clash with another record is worth reloading
     * for; a value the database cannot store is the user's to correct, and one validation let through, so it is logged
     * under a reference.
     */
    static String refusedByDatabase(DataIntegrityViolationException refusal) {
        return switch (DatabaseRefusal.of(refusal)) {
            case CLASH -> CLASH;
            case VALUE -> "Not saved: the database cannot store a value of this form (an unusual character, or a date "
                    + "or number out of range). Correct it and save again; if it happens again, report reference "
                    + FriendlyErrorHandler.logged("Value refused by the database", refusal) + ".";
        };
    }

    private static void markField(Binder<?> binder, String property, String message) {
        binder.getBinding(property)
                .map(Binder.Binding::getField)
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast)
                .ifPresentOrElse(field -> {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }, () -> Notifications.error(message));
    }

    private static String lastNode(Path path) {
        String name = "";
        for (Path.Node node : path) {
            name = node.getName() == null ? name : node.getName();
        }
        return name;
    }
}
