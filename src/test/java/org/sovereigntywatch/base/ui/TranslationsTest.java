package org.sovereigntywatch.base.ui;

import org.sovereigntywatch.base.Texts;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.PolicyDate;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The provider puts each text, and each argument in it, into the reader's language and format. */
class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void a_french_reader_gets_french_and_an_english_one_english() {
        assertThat(translations.getTranslation("language.label", Locale.FRANCE)).isEqualTo("Langue");
        assertThat(translations.getTranslation("language.label", Locale.CANADA_FRENCH)).isEqualTo("Langue");
        assertThat(translations.getTranslation("language.label", Locale.US)).isEqualTo("Language");
    }

    @Test
    void a_language_the_app_lacks_reads_english_even_on_a_french_server() {
        Locale server = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
        try {
            assertThat(translations.getTranslation("language.label", Locale.GERMANY)).isEqualTo("Language");
        } finally {
            Locale.setDefault(server);
        }
    }

    @Test
    void counts_agree_with_their_number_in_french_as_in_english() {
        assertThat(translations.getTranslation("import.recent.rows", Locale.FRANCE, 2, 0, 1, 1))
                .isEqualTo("2 nouvelles, 0 rapprochée, 1 inchangée, 1 laissée de côté");
        assertThat(translations.getTranslation("import.recent.rows", Locale.UK, 2, 0, 1, 1234))
                .isEqualTo("2 new, 0 matched, 1 unchanged, 1,234 skipped");
    }

    @Test
    void american_english_has_its_own_spelling_and_british_the_base() {
        assertThat(translations.getTranslation("enum.ConcernCategory.DATA_LOCALISATION", Locale.US))
                .isEqualTo("Data localization");
        assertThat(translations.getTranslation("enum.ConcernCategory.DATA_LOCALISATION", Locale.UK))
                .isEqualTo("Data localisation");
    }

    @Test
    void a_key_no_bundle_has_is_shown_marked_rather_than_blank() {
        assertThat(translations.getTranslation("no.such.text", Locale.FRANCE)).isEqualTo("!{no.such.text}");
    }

    @Test
    void enum_labels_nested_texts_and_dates_are_written_for_the_reader() {
        Text status = new Text("measure.current-status", EventAction.IN_FORCE, PolicyDate.day(2025, 1, 19));

        assertThat(translations.getTranslation("measure.current-status.shown", Locale.UK, status))
                .isEqualTo("Current status: In force since 19 January 2025");
        assertThat(translations.getTranslation("measure.current-status.shown", Locale.US, status))
                .isEqualTo("Current status: In force since January 19, 2025");
        assertThat(translations.getTranslation("measure.current-status.shown", Locale.FRANCE, status))
                .isEqualTo("Statut actuel : Entrée en vigueur (19 janvier 2025)");
        assertThat(translations.getTranslation("measure.current-status", Locale.FRANCE, EventAction.ADOPTED,
                PolicyDate.month(2021, 1))).isEqualTo("Adoption (janvier 2021)");
    }

    @Test
    void enum_label_keys_name_the_type_and_the_constant() {
        assertThat(Texts.labelKey(EventAction.IN_FORCE)).isEqualTo("enum.EventAction.IN_FORCE");
        assertThat(Texts.labelKey(EventAction.Family.COURT)).isEqualTo("enum.EventAction.Family.COURT");
    }
}
