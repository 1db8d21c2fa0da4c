package org.sovereigntywatch.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Localized;
import org.sovereigntywatch.base.Texts;

import java.util.Locale;

/**
 * A Bean Validation refusal of an item a row would make, kept as its message template and constraint so that it is
 * put into words in the language of whoever reads the import's problems, on the page or in the problems file, rather
 * than in that of the thread that checked the row (an import's own, which has no user's language). Holds neither the
 * item nor the refused value, so that a hundred thousand problems cost little.
 *
 * @param template   the constraint's message: a key in braces ({@code {concern.title.required}}) or plain words
 * @param constraint what the message's attributes ({@code {max}}) are filled in from
 */
record ValidationText(String template, ConstraintDescriptor<?> constraint) implements Localized {

    /** The app's texts, as the validator itself reads them, in any locale asked for. */
    private static final MessageInterpolator MESSAGES = new ResourceBundleMessageInterpolator(Texts::bundle);

    static ValidationText of(ConstraintViolation<?> violation) {
        return new ValidationText(violation.getMessageTemplate(), violation.getConstraintDescriptor());
    }

    /** The message in {@code locale}, ending as a sentence does. */
    @Override
    public String format(Locale locale) {
        String message = MESSAGES.interpolate(template, new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return constraint;
            }

            @Override
            public @Nullable Object getValidatedValue() {
                return null;
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException("no provider context for " + type);
            }
        }, locale).strip();
        return message.endsWith(".") || message.endsWith("!") || message.endsWith("?") ? message : message + ".";
    }
}
