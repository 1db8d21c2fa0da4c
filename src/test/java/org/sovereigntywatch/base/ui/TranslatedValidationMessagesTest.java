package org.sovereigntywatch.base.ui;

import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.validator.BeanValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.MultiLineText;
import org.sovereigntywatch.base.PlainText;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The messages of the text constraints name the character at fault and its place in the reader's language, both as
 * a service's validation words them and as a form's binder words them again for its field.
 */
class TranslatedValidationMessagesTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void a_form_field_tells_a_french_reader_which_character_to_remove_and_an_english_one_in_english() {
        BeanValidator title = new BeanValidator(Item.class, "title");

        assertThat(title.apply("Deux\nlignes", new ValueContext(Locale.FRANCE)).getErrorMessage())
                .isEqualTo("Supprimez le saut de ligne (caractère n° 5) : ce champ tient sur une seule ligne");
        assertThat(title.apply("Two\nlines", new ValueContext(Locale.UK)).getErrorMessage())
                .isEqualTo("Remove the line break (character 4): this field holds a single line");
        assertThat(new BeanValidator(Item.class, "notes").apply("Ligne\nsuivante\u0000", new ValueContext(Locale.FRANCE))
                .getErrorMessage()).isEqualTo(
                "Supprimez le caractère de contrôle invisible U+0000 (caractère n° 15) : il ne peut pas être enregistré");
    }

    @Test
    void a_services_validation_words_the_problem_where_there_is_no_page_in_british_english() {
        Item item = new Item();
        item.title = "Tab\there";

        assertThat(FACTORY.getValidator().validate(item)).extracting(ConstraintViolation::getMessage)
                .containsExactly("Remove the tab (character 4): this field holds a single line");
    }

    static class Item {
        @PlainText
        String title = "";
        @MultiLineText
        String notes = "";
    }
}
