package org.sovereigntywatch.source.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import java.util.Comparator;

/**
 * A form field's Bean Validation with the message the constraint gave, in the user's language. Vaadin's own bean
 * validator puts the message's template into words a second time and loses what the constraint filled in (which
 * character a web address cannot hold, and how to write it); checked first, this one says it, and the binder's own
 * check, which would say it without them, never runs on a value this one refuses.
 */
final class ViolationMessage<T> implements Validator<String> {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private final Class<T> type;
    private final String property;

    private ViolationMessage(Class<T> type, String property) {
        this.type = type;
        this.property = property;
    }

    /** The constraints of {@code property} of {@code type}, as the entity declares them. */
    static <T> ViolationMessage<T> of(Class<T> type, String property) {
        return new ViolationMessage<>(type, property);
    }

    @Override
    public ValidationResult apply(String value, ValueContext context) {
        return FACTORY.getValidator().validateValue(type, property, value).stream()
                .map(ConstraintViolation::getMessage)
                .min(Comparator.naturalOrder())
                .map(ValidationResult::error)
                .orElseGet(ValidationResult::ok);
    }
}
