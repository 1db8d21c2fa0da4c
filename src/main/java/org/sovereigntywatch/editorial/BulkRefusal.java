package org.sovereigntywatch.editorial;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovereigntywatch.base.DatabaseRefusal;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.WorkflowException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Why one item of a bulk action was refused, in the words the result shows beside its title. The refusal itself came
 * from the single action's own checks ({@link EditorialPolicy}, validation, the version): this only words it.
 */
final class BulkRefusal {

    static final String CHANGED_MEANWHILE = "Changed by someone else meanwhile: reload and try again.";
    static final String GONE = "Deleted by someone else meanwhile.";
    /** An item a cancelled bulk action did not reach: it is as it was. */
    static final String CANCELLED = "Not done: cancelled.";

    private static final Logger log = LoggerFactory.getLogger(BulkRefusal.class);

    private BulkRefusal() {
    }

    /** The reason for the user; anything unexpected is logged under a reference the reason quotes. */
    static String reason(RuntimeException failure) {
        return switch (known(failure)) {
            case AuthorizationDeniedException denied -> "Your role does not allow it.";
            case AccessDeniedException denied -> denied.getMessage();
            case WorkflowException workflow -> workflow.getMessage();
            case FieldErrorException invalid -> invalid.getMessage();
            case ConstraintViolationException invalid -> invalid.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessage).sorted().collect(Collectors.joining("; "));
            case ObjectOptimisticLockingFailureException conflict -> CHANGED_MEANWHILE;
            case NoSuchElementException gone -> GONE;
            case DataIntegrityViolationException refused -> switch (DatabaseRefusal.of(refused)) {
                case CLASH -> "It clashes with something saved meanwhile: reload and try again.";
                case VALUE -> "The database cannot store one of its values.";
            };
            case Throwable unexpected -> "Not changed: something went wrong (reference " + logged(unexpected) + ").";
        };
    }

    /** The exception that says what happened, below the wrappers of proxies and transactions. */
    private static Throwable known(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AccessDeniedException || cause instanceof WorkflowException
                    || cause instanceof FieldErrorException || cause instanceof ConstraintViolationException
                    || cause instanceof ObjectOptimisticLockingFailureException
                    || cause instanceof NoSuchElementException || cause instanceof DataIntegrityViolationException) {
                return cause;
            }
        }
        return failure;
    }

    private static String logged(Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Bulk action refused an item unexpectedly, reference {}", reference, failure);
        return reference;
    }
}
