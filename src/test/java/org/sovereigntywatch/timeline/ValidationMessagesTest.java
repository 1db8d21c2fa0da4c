package org.sovereigntywatch.timeline;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.ui.TranslatedValidationMessages;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A measure's and an event's own rules say what is wrong in the reader's language, limits included. */
class ValidationMessagesTest {

    @Test
    void a_french_reader_is_told_what_is_missing_from_a_measure_in_french() {
        PolicyMeasure measure = new PolicyMeasure(" ");
        measure.setSummary("x".repeat(PolicyMeasure.SUMMARY_MAX + 1));
        measure.setInstrument(null);

        assertThat(messages(measure, Locale.FRANCE)).containsExactlyInAnyOrder("Saisissez un titre",
                "Choisissez la juridiction", "Choisissez au moins une plateforme", "Choisissez l’instrument",
                "4000 caractères au maximum");
        assertThat(messages(measure, Locale.UK)).containsExactlyInAnyOrder("Enter a title", "Choose the jurisdiction",
                "Choose at least one platform", "Choose the instrument", "At most 4000 characters");
    }

    @Test
    void a_french_reader_is_told_what_is_missing_from_a_step_in_french() {
        PolicyEvent event = new PolicyEvent(new PolicyMeasure("Law"), PolicyDate.day(2025, 1, 19), EventAction.RULING,
                " ");
        event.setAction(null);

        assertThat(messages(event, Locale.FRANCE)).containsExactlyInAnyOrder("Décrivez ce qui s’est passé",
                "Choisissez l’action");
        assertThat(messages(event, Locale.UK)).containsExactlyInAnyOrder("Say what happened", "Choose the action");
    }

    private static Set<String> messages(Object bean, Locale locale) {
        TranslatedValidationMessages translated = new TranslatedValidationMessages();
        MessageInterpolator inLocale = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return translated.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return translated.interpolate(template, context, locale);
            }
        };
        try (var factory = Validation.byDefaultProvider().configure().messageInterpolator(inLocale)
                .buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            return validator.validate(bean).stream().map(ConstraintViolation::getMessage)
                    .collect(java.util.stream.Collectors.toSet());
        }
    }
}
