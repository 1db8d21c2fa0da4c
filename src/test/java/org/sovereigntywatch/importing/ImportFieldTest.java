package org.sovereigntywatch.importing;

import org.junit.jupiter.api.Test;

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
}
