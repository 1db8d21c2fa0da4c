package org.sovereigntywatch.base;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.editorial.PublicationState;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FilterWordsTest {

    @Test
    void a_filter_reads_its_parts_that_are_set_values_sorted_enums_by_name() {
        String words = new FilterWords().text("text", "oracle").each("jurisdiction", Set.of("US", "CN"))
                .one("state", PublicationState.PUBLISHED).one("level", null).each("platform", List.of())
                .flag("open only", true).flag("review overdue", false)
                .range("dates", LocalDate.of(2024, 1, 1), null).toString();

        assertThat(words).isEqualTo(
                "text \"oracle\"; jurisdiction CN, US; state PUBLISHED; open only; dates from 2024-01-01");
    }

    @Test
    void a_filter_with_nothing_set_reads_none() {
        assertThat(new FilterWords().text("text", " ").one("user", "").range("dates", null, null))
                .hasToString("none");
    }
}
