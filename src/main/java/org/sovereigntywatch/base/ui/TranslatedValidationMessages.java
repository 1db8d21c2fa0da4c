package org.sovereigntywatch.base.ui;

import jakarta.validation.MessageInterpolator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.sovereigntywatch.base.TextRules;
import org.sovereigntywatch.base.Texts;

import java.util.Locale;

/**
 * Puts Bean Validation messages into the user's words: an entity's {@code message = "{concern.title.required}"} is
 * looked up in the app's one bundle of texts ({@link Texts}), in the language of the UI that is validating
 * (British English where there is none), and the constraint's attributes ({@code {max}}) are filled in. The messages
 * of {@code @PlainText} and {@code @MultiLineText} are worded from the value validated, naming the character at fault
 * and where it is ({@link TextRules#problemOfViolation}). Named in
 * {@code META-INF/validation.xml}, so that Vaadin's binders and Hibernate use it too, and given to Spring's validator
 * by {@link ValidatorConfig}.
 */
public class TranslatedValidationMessages implements MessageInterpolator {

    private final MessageInterpolator bundle = new ResourceBundleMessageInterpolator(Texts::bundle);

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Translations.locale());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return TextRules.problemOfViolation(template, context.getValidatedValue())
                .map(problem -> Texts.format(locale, problem))
                .orElseGet(() -> bundle.interpolate(template, context, locale));
    }
}
