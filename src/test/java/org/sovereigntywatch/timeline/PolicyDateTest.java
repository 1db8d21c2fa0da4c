package org.sovereigntywatch.timeline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyDateTest {

    @Test
    void a_month_is_the_whole_month_not_its_first_day() {
        PolicyDate january = new PolicyDate(LocalDate.of(2021, 1, 26), DatePrecision.MONTH);
        assertThat(january.start()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(january.end()).isEqualTo(LocalDate.of(2021, 1, 31));
        assertThat(january.format(Locale.UK)).isEqualTo("January 2021");
        assertThat(january.format(Locale.FRANCE)).isEqualTo("janvier 2021");
        assertThat(january.iso()).isEqualTo("2021-01");
        assertThat(PolicyDate.month(2024, 2).end()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void a_year_and_a_day_span_what_they_say() {
        assertThat(PolicyDate.year(2023).start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(PolicyDate.year(2023).end()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(PolicyDate.year(2023).format(Locale.FRANCE)).isEqualTo("2023");
        PolicyDate ruling = PolicyDate.day(2025, 1, 17);
        assertThat(ruling.end()).isEqualTo(ruling.start());
        assertThat(ruling.format(Locale.UK)).isEqualTo("17 January 2025");
        assertThat(ruling.format(Locale.US)).isEqualTo("January 17, 2025");
        assertThat(ruling.format(Locale.FRANCE)).isEqualTo("17 janvier 2025");
        assertThat(ruling.iso()).isEqualTo("2025-01-17");
    }

    @Test
    void dates_order_by_the_start_of_their_period_and_the_wider_period_first() {
        List<PolicyDate> dates = new ArrayList<>(List.of(PolicyDate.day(2021, 1, 1), PolicyDate.day(2020, 12, 31),
                PolicyDate.month(2021, 1), PolicyDate.year(2021), PolicyDate.day(2021, 1, 15)));
        Collections.shuffle(dates);
        Collections.sort(dates);
        assertThat(dates).containsExactly(PolicyDate.day(2020, 12, 31), PolicyDate.year(2021),
                PolicyDate.month(2021, 1), PolicyDate.day(2021, 1, 1), PolicyDate.day(2021, 1, 15));
    }

    @Test
    void a_period_is_before_a_day_only_once_it_has_ended() {
        assertThat(PolicyDate.month(2025, 1).isBefore(LocalDate.of(2025, 1, 31))).isFalse();
        assertThat(PolicyDate.month(2025, 1).isBefore(LocalDate.of(2025, 2, 1))).isTrue();
    }

    @Test
    void an_event_reads_its_day_with_its_precision_and_keeps_the_period_when_the_precision_changes() {
        PolicyMeasure measure = new PolicyMeasure("Measure");
        PolicyEvent event = new PolicyEvent(measure, PolicyDate.day(2021, 1, 26), EventAction.IN_FORCE, "Permanent");
        event.setPrecision(DatePrecision.MONTH);
        assertThat(event.getDate()).isEqualTo(PolicyDate.month(2021, 1));
        event.setDay(LocalDate.of(2022, 3, 9));
        assertThat(event.getDate()).isEqualTo(PolicyDate.month(2022, 3));
        assertThat(event.getDate().end()).isEqualTo(LocalDate.of(2022, 3, 31));
    }
}
