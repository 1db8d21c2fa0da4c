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
 * One line of text: no control character, no tab, no line break ({@link TextRules#problemInLine}); for titles, names,
 * codes, addresses. The message names the character and where it is. Every text field of an entity carries this or
 * {@link MultiLineText} (the architecture test checks it); {@code null} is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /**
     * The message template: the message itself names the character at fault and where it is
     * ({@link TextRules#problemOfViolation}).
     */
    String MESSAGE = "{base.text.plain}";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, CharSequence> {

        @Override
        public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
            return TextRules.problemInLine(value).isEmpty();
        }
    }
}
