package org.sovereigntywatch.importing;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.timeline.EventAction;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnMappingTest {

    private static final List<ImportField> FIELDS = List.of(
            ImportField.required("date", "Date", "when", "quand"),
            ImportField.choice("action", "Action", true, EventAction.class, EventAction::label, "step"),
            ImportField.required("summary", "Summary", "résumé", "what happened"),
            ImportField.optional("sources", "Sources", "source", "lien"));

    @Test
    void columns_named_as_the_fields_or_their_other_names_map_themselves_ignoring_case_accents_and_punctuation() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Quand", "STEP", "Résumé ", "What-happened", "Notes"),
                FIELDS);

        assertThat(mapping.fields()).containsExactly("date", "action", "summary", null, null);
        assertThat(mapping.unused()).containsExactly("What-happened", "Notes");
        assertThat(mapping.faults(FIELDS)).isEmpty();
    }

    @Test
    void a_required_field_no_column_gives_is_a_fault_unless_rows_without_it_get_a_value() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("date", "summary"), FIELDS);

        assertThat(mapping.faults(FIELDS)).containsExactly(
                "No column gives the action (action): choose the column that does, or a value for every row.");
        assertThat(mapping.withDefault("action", "ANNOUNCED").faults(FIELDS)).isEmpty();
    }

    @Test
    void a_field_given_by_two_columns_is_a_fault_naming_them() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("date", "action", "summary", "notes"), FIELDS)
                .with(3, "summary");

        assertThat(mapping.faults(FIELDS)).containsExactly("Columns 'summary' and 'notes' both give summary: keep one.");
        assertThat(mapping.with(3, null).faults(FIELDS)).isEmpty();
    }

    @Test
    void a_field_is_guessed_for_its_first_column_only() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("source", "lien", "sources"), FIELDS);

        assertThat(Arrays.asList(mapping.fields().toArray())).containsExactly("sources", null, null);
    }
}
