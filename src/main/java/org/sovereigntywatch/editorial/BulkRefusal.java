package org.sovereigntywatch.editorial;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovereigntywatch.base.DatabaseRefusal;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.UserMessage;
import org.sovereigntywatch.base.WorkflowException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Why one item of a bulk action was refused, as the text the result shows beside its title. The refusal itself came
 * from the single action's own checks ({@link EditorialPolicy}, validation, the version): this only picks its text.
 */
final class BulkRefusal {

    static final Text CHANGED_MEANWHILE = new Text("bulk.refused.changed");
    static final Text GONE = new Text("bulk.refused.gone");
    /** An item a cancelled bulk action did not reach: it is as it was. */
    static final Text CANCELLED = new Text("bulk.refused.cancelled");
    /** An item that is not there, or that the caller may not see: which of the two is not told. */
    static final Text UNSEEN = new Text("bulk.refused.unseen");

    private static final Logger log = LoggerFactory.getLogger(BulkRefusal.class);

    private BulkRefusal() {
    }

    /** The reason for the user; anything unexpected is logged under a reference the reason quotes. */
    static Text reason(RuntimeException failure) {
        return switch (known(failure)) {
            case AuthorizationDeniedException denied -> new Text("bulk.refused.role");
            case AccessDeniedException denied when denied instanceof UserMessage explained -> explained.text();
            case AccessDeniedException denied -> new Text("bulk.refused.role");
            case WorkflowException workflow -> workflow.text();
            case FieldErrorException invalid -> invalid.text();
            // Worded by the validator already, in the language of the user the action runs for.
            case ConstraintViolationException invalid -> new Text("bulk.refused.invalid",
                    invalid.getConstraintViolations().stream()
                            .map(ConstraintViolation::getMessage).sorted().collect(Collectors.joining("; ")));
            case ObjectOptimisticLockingFailureException conflict -> CHANGED_MEANWHILE;
            case NoSuchElementException gone -> GONE;
            case DataIntegrityViolationException refused -> switch (DatabaseRefusal.of(refused)) {
                case CLASH -> new Text("bulk.refused.clash");
                case VALUE -> new Text("bulk.refused.value");
            };
            case Throwable unexpected -> new Text("bulk.refused.unexpected", logged(unexpected));
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
