package org.sovereigntywatch.source;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * An absolute http or https address with a host, once {@linkplain WebAddress#normalize normalized} (so an address
 * holding {@code "}, {@code <} or {@code >} is accepted, and stored percent-encoded). Anything else
 * ({@code javascript:}, {@code data:}, {@code file:}, relative paths) is refused, with a message naming the problem:
 * these addresses are rendered as links. No address at all ({@code null}, or blank as an empty form field holds it) is
 * not this constraint's business: a source may have none.
 */
@Documented
@Constraint(validatedBy = WebUrl.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WebUrl {

    String message() default "{source.address.not-web}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WebUrl, String> {

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            Optional<WebAddress.Problem> problem = value == null || WebAddress.normalize(value).isEmpty()
                    ? Optional.empty() : WebAddress.problemWith(value);
            problem.ifPresent(refused -> {
                context.disableDefaultConstraintViolation();
                // The character and its escape are filled in as they are, never read as template syntax.
                context.unwrap(HibernateConstraintValidatorContext.class)
                        .addMessageParameter("character", refused.character())
                        .addMessageParameter("escaped", refused.escaped())
                        .buildConstraintViolationWithTemplate("{" + refused.key("source.address") + "}")
                        .addConstraintViolation();
            });
            return problem.isEmpty();
        }
    }
}
