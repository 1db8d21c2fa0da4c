package org.sovereigntywatch.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.springframework.stereotype.Component;

import java.lang.annotation.ElementType;
import java.util.Set;

/**
 * Bean Validation of the items an import's rows would make, with the application's own constraints and messages, as
 * the forms and services validate them. Those items are new and built here, never loaded lazily, so it skips asking
 * the persistence provider, for every property of every row, whether it is loaded, which sampling a dry run showed
 * among its costliest steps.
 */
@Component
class RowValidator {

    /** Every property of an item built from a row is there to be validated. */
    private static final TraversableResolver EVERYTHING_LOADED = new TraversableResolver() {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    };

    private final Validator validator;

    RowValidator(ValidatorFactory factory) {
        this.validator = factory.usingContext().traversableResolver(EVERYTHING_LOADED).getValidator();
    }

    <T> Set<ConstraintViolation<T>> validate(T item) {
        return validator.validate(item);
    }
}
