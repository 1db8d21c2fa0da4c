package org.sovereigntywatch.importing;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.concern.ConcernCategory;
import org.sovereigntywatch.timeline.EventAction;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFieldTest {

    @Test
    void names_compare_without_case_accents_spaces_or_punctuation() {
        assertThat(ImportField.key("Date de l'événement")).isEqualTo("datedelevenement");
        assertThat(ImportField.key("  États-Unis ")).isEqualTo("etatsunis");
        assertThat(ImportField.key("measure_title")).isEqualTo(ImportField.key("Measure Title"));
    }

    @Test
    void letters_of_any_script_are_kept_so_names_in_them_stay_apart() {
        assertThat(ImportField.key("小红书")).isEqualTo("小红书");
        assertThat(ImportField.key("小红书")).isNotEqualTo(ImportField.key("微信"));
        assertThat(ImportField.key("Xiaohongshu (小红书)")).isEqualTo("xiaohongshu小红书");
    }

    @Test
    void a_choice_is_named_by_its_coded_value_or_its_english_or_french_label_in_any_case() {
        assertThat(ImportField.choiceOf(EventAction.class, "IN_FORCE")).isEqualTo(EventAction.IN_FORCE);
        assertThat(ImportField.choiceOf(EventAction.class, "in force")).isEqualTo(EventAction.IN_FORCE);
        assertThat(ImportField.choiceOf(EventAction.class, "In force")).isEqualTo(EventAction.IN_FORCE);
        assertThat(ImportField.choiceOf(EventAction.class, "Entrée en vigueur")).isEqualTo(EventAction.IN_FORCE);
        assertThat(ImportField.choiceOf(EventAction.class, "ENTREE EN VIGUEUR")).isEqualTo(EventAction.IN_FORCE);
        assertThat(ImportField.choiceOf(EventAction.class, "adoption")).isEqualTo(EventAction.ADOPTED);
        assertThat(ImportField.choiceOf(ConcernCategory.class, "Minors’ data")).isEqualTo(ConcernCategory.MINORS_DATA);
        assertThat(ImportField.choiceOf(ConcernCategory.class, "Données des mineurs"))
                .isEqualTo(ConcernCategory.MINORS_DATA);
        assertThat(ImportField.choiceOf(EventAction.class, "Banned")).isNull();
    }

    @Test
    void the_choices_are_listed_in_the_readers_language() {
        assertThat(new ImportField.Choices(EventAction.class).format(Locale.UK)).startsWith("Announced, Introduced, "
                + "Adopted,");
        assertThat(new ImportField.Choices(EventAction.class).format(Locale.FRANCE)).startsWith("Annonce, Dépôt, "
                + "Adoption,");
    }
}
