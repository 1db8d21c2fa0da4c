package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
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
            case AccessDeniedException denied -> Notifications.error("Not saved: " + denied.getMessage());
            case WorkflowException workflow -> Notifications.error(workflow.getMessage());
            case DataIntegrityViolationException integrity -> Notifications.error(
                    "Not saved: it clashes with something saved meanwhile (a name or code taken, or a reference removed). "
                            + "Reload and try again.");
            default -> throw failure;
        }
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
