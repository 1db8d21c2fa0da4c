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

/**
 * Text of several lines, kept as typed with its tabs and line breaks, but no other control character
 * ({@link TextRules#problemInLines}); for descriptions, claims, summaries, quotes, comments. The message names the
 * character and where it is; {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = MultiLineText.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLineText {

    /**
     * The message template: the message itself names the character at fault and where it is
     * ({@link TextRules#problemOfViolation}).
     */
    String MESSAGE = "{base.text.multi-line}";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MultiLineText, CharSequence> {

        @Override
        public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
            return TextRules.problemInLines(value).isEmpty();
        }
    }
}
