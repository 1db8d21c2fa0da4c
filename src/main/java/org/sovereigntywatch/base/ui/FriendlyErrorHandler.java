package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.UserMessage;
import org.sovereigntywatch.base.WorkflowException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place unexpected errors from UI events end up: the user gets a plain message (never a stack trace) with a
 * short reference, and the log gets the details under the same reference.
 */
@Component
class FriendlyErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        String message = messageFor(event.getThrowable());
        // Vaadin calls this with the session locked, so the notification can be shown right away.
        if (UI.getCurrent() != null) {
            Notifications.error(message);
        }
    }

    /** What to tell the user about this failure; logs the details of anything unexpected. */
    static String messageFor(Throwable failure) {
        return switch (rootCause(failure)) {
            case AccessDeniedException denied -> Translations.text("error.denied", whyDenied(denied));
            case ObjectOptimisticLockingFailureException conflict -> Translations.text("save.conflict");
            case WorkflowException workflow -> Translations.text(workflow.text());
            case FieldErrorException invalid -> Translations.text("error.nothing-changed", invalid.text());
            case ConstraintViolationException invalid -> Translations.text("error.nothing-changed",
                    invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted()
                            .collect(Collectors.joining("; ")));
            case DataIntegrityViolationException refused -> SaveFailure.refusedByDatabase(refused);
            case Throwable unexpected -> Translations.text("error.unexpected", logged("Unexpected error", unexpected));
        };
    }

    /**
     * Why a service refused. Our own checks say why in words ({@link UserMessage}); a method guard refusing the
     * caller's role says only "Access Denied", which an open page meets when an admin has just changed that role or
     * signed the user out.
     */
    static String whyDenied(AccessDeniedException denied) {
        return denied instanceof UserMessage explained ? Translations.text(explained.text())
                : Translations.text("error.denied.role");
    }

    /** Logs {@code failure} as an error under a short new reference, which is returned for the user to quote. */
    static String logged(String what, Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("{}, reference {}", what, reference, failure);
        return reference;
    }

    /** The exception that says what happened, below Vaadin's and Spring's wrappers (kept if it is one we know). */
    private static Throwable rootCause(Throwable failure) {
        Throwable current = failure;
        while (current.getCause() != null && current.getCause() != current && !isKnown(current)) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isKnown(Throwable failure) {
        return failure instanceof AccessDeniedException || failure instanceof WorkflowException
                || failure instanceof ObjectOptimisticLockingFailureException || failure instanceof FieldErrorException
                || failure instanceof ConstraintViolationException
                || failure instanceof DataIntegrityViolationException;
    }
}
