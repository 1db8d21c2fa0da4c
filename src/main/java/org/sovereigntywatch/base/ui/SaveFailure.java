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

    private SaveFailure() {
    }

    public static void show(Binder<?> binder, RuntimeException failure) {
        switch (failure) {
            case FieldErrorException fieldError ->
                    markField(binder, fieldError.getProperty(), Translations.text(fieldError.text()));
            case ConstraintViolationException invalid -> {
                for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                    markField(binder, lastNode(violation.getPropertyPath()), violation.getMessage());
                }
            }
            case ObjectOptimisticLockingFailureException conflict -> Notifications.error(Translations.text("save.conflict"));
            case AccessDeniedException denied ->
                    Notifications.error(Translations.text("save.denied", FriendlyErrorHandler.whyDenied(denied)));
            case WorkflowException workflow -> Notifications.error(Translations.text(workflow.text()));
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
            case CLASH -> Translations.text("save.clash");
            case VALUE -> Translations.text("save.value-refused",
                    FriendlyErrorHandler.logged("Value refused by the database", refusal));
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
