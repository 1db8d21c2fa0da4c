package org.sovereigntywatch.importing;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.timeline.EventAction;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnMappingTest {

    private static final List<ImportField> FIELDS = List.of(
            ImportField.required("date", "when", "quand"),
            ImportField.choice("action", true, EventAction.class, "step"),
            ImportField.required("summary", "what happened"),
            ImportField.optional("sources", "source", "lien"));

    @Test
    void columns_named_as_the_fields_or_their_other_names_map_themselves_ignoring_case_accents_and_punctuation() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Quand", "STEP", "Résumé ", "What-happened", "Notes"),
                FIELDS);

        assertThat(mapping.fields()).containsExactly("date", "action", "summary", null, null);
        assertThat(mapping.unused()).containsExactly("What-happened", "Notes");
        assertThat(mapping.faults(FIELDS)).isEmpty();
    }

    @Test
    void a_column_named_as_a_fields_label_in_english_or_french_maps_to_it() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Type d’étape", "Summary", "Sources"), FIELDS);

        assertThat(mapping.fields()).containsExactly("action", "summary", "sources");
    }

    @Test
    void a_required_field_no_column_gives_is_a_fault_unless_rows_without_it_get_a_value() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("date", "summary"), FIELDS);

        assertThat(in(Locale.UK, mapping.faults(FIELDS))).containsExactly(
                "No column gives ‘Action’ (action): choose the column that does, or a value for every row.");
        assertThat(mapping.withDefault("action", "ANNOUNCED").faults(FIELDS)).isEmpty();
    }

    @Test
    void a_field_given_by_two_columns_is_a_fault_naming_them() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("date", "action", "summary", "notes"), FIELDS)
                .with(3, "summary");

        assertThat(in(Locale.UK, mapping.faults(FIELDS))).containsExactly(
                "The columns ‘summary’ and ‘notes’ fill the same field, ‘Summary’ (summary): keep one.");
        assertThat(mapping.with(3, null).faults(FIELDS)).isEmpty();
    }

    @Test
    void a_french_user_reads_the_mapping_faults_in_french() {
        ColumnMapping missing = ColumnMapping.guess(List.of("date", "summary"), FIELDS);
        ColumnMapping twice = ColumnMapping.guess(List.of("date", "action", "summary", "notes"), FIELDS)
                .with(3, "summary");

        assertThat(in(Locale.FRANCE, missing.faults(FIELDS))).containsExactly("Aucune colonne ne donne « Type "
                + "d’étape » (action) : choisissez celle qui le donne, ou une valeur pour toutes les lignes.");
        assertThat(in(Locale.FRANCE, twice.faults(FIELDS))).containsExactly("Les colonnes « summary » et « notes » "
                + "remplissent le même champ, « Résumé » (summary) : n’en gardez qu’une.");
    }

    @Test
    void a_field_is_guessed_for_its_first_column_only() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("source", "lien", "sources"), FIELDS);

        assertThat(Arrays.asList(mapping.fields().toArray())).containsExactly("sources", null, null);
    }

    private static List<String> in(Locale locale, List<Text> texts) {
        return texts.stream().map(text -> Texts.format(locale, text)).toList();
    }
}
