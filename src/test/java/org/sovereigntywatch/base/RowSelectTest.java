package org.sovereigntywatch.base;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowSelectTest {

    record Sample(long id, String title, String owner) {
    }

    @Test
    void the_select_lists_the_components_in_the_records_order_each_from_its_path() {
        assertThat(RowSelect.of(Sample.class, "s", Map.of("owner", "s.owner.displayName")))
                .isEqualTo("select new org.sovereigntywatch.base.RowSelectTest$Sample(s.id, s.title, s.owner.displayName)");
    }

    @Test
    void a_path_for_a_component_the_record_does_not_have_is_refused() {
        assertThatThrownBy(() -> RowSelect.of(Sample.class, "s", Map.of("ownerName", "s.owner.displayName")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ownerName");
    }
}
