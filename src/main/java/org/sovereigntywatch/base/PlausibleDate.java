package org.sovereigntywatch.base;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date from {@link #FIRST} to {@link #LAST} (the years 1900 to 2200): the one home of the range every date of the
 * record keeps to, entity fields and date pickers alike. Anything outside is a typing slip (2205 for 2025), and dates
 * before the Gregorian calendar's adoption do not survive the trip through JDBC ({@code -0001-01-01} came back as
 * {@code 0002-01-01}). Every date field of an entity carries this (the architecture test checks it); {@code null} is
 * valid.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    int FIRST_YEAR = 1900;
    int LAST_YEAR = 2200;
    LocalDate FIRST = LocalDate.of(FIRST_YEAR, 1, 1);
    LocalDate LAST = LocalDate.of(LAST_YEAR, 12, 31);

    String message() default "{date.plausible}";

    /** The first year, for the message. */
    int first() default FIRST_YEAR;

    /** The last year, for the message. */
    int last() default LAST_YEAR;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausibleDate, LocalDate> {

        @Override
        public boolean isValid(@Nullable LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(FIRST) && !value.isAfter(LAST);
        }
    }
}
