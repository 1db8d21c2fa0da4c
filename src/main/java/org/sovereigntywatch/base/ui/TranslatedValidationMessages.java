package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.UI;
import jakarta.validation.MessageInterpolator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

import java.util.Locale;

/**
 * Puts Bean Validation messages into the user's words: an entity's {@code message = "{concern.title.required}"} is
 * looked up in the app's one bundle of texts ({@link Translations}), in the language of the UI that is validating
 * (English where there is none), and the constraint's attributes ({@code {max}}) are filled in. Named in
 * {@code META-INF/validation.xml}, so that Vaadin's binders and Hibernate use it too, and given to Spring's validator
 * by {@link ValidatorConfig}.
 */
public class TranslatedValidationMessages implements MessageInterpolator {

    private final MessageInterpolator bundle = new ResourceBundleMessageInterpolator(Translations::bundle);

    @Override
    public String interpolate(String template, Context context) {
        UI ui = UI.getCurrent();
        return interpolate(template, context, ui == null ? Locale.ENGLISH : ui.getLocale());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return bundle.interpolate(template, context, locale);
    }
}
