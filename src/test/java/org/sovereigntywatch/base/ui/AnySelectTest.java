package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;

import static org.assertj.core.api.Assertions.assertThat;

/** The empty choice of a filter's select reads "Any …" in the list and once chosen, and names the field. */
class AnySelectTest {

    @Test
    void nothing_chosen_reads_any_in_the_list_and_in_the_field() {
        Select<DayOfWeek> day = new AnySelect<>("Any day", DayOfWeek.values(), value -> value.name().toLowerCase());

        assertThat(day.isEmptySelectionAllowed()).isTrue();
        assertThat(day.getEmptySelectionCaption()).isEqualTo("Any day");
        assertThat(day.getItemLabelGenerator().apply(null)).isEqualTo("Any day");
        assertThat(day.getItemLabelGenerator().apply(DayOfWeek.MONDAY)).isEqualTo("monday");
        assertThat(day.getListDataView().getItems()).containsExactly(DayOfWeek.values());
        assertThat(day.getValue()).isNull();
    }

    @Test
    void the_any_text_names_the_field_until_a_better_name_is_given() {
        Select<DayOfWeek> day = new AnySelect<>("Any day", DayOfWeek.values(), DayOfWeek::name);
        assertThat(day.getAriaLabel()).contains("Any day");

        day.setAriaLabel("Day");
        assertThat(day.getAriaLabel()).contains("Day");
    }
}
