package org.sovereigntywatch.timeline.ui;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.timeline.DatePrecision;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventRow;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.PolicyArea;
import org.sovereigntywatch.timeline.TimelineEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineChartTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 4, 10);

    @Test
    void the_compact_chart_draws_the_same_layout_as_links_to_the_measures() {
        List<TimelineEvent> events = List.of(
                event(1, LocalDate.of(2025, 1, 19), DatePrecision.DAY, false, "US", "<Ban> & \"deadline\""),
                event(2, LocalDate.of(2025, 2, 1), DatePrecision.MONTH, true, "NP", "Nepal"));

        String html = TimelineChart.compact(events, FROM, TO, TimelineChart.Lanes.JURISDICTION).getElement()
                .getOuterHTML();

        TimelineLayout layout = TimelineLayout.of(events, FROM, TO, TimelineChart.Lanes.JURISDICTION);
        assertThat(layout.lanes()).extracting(TimelineLayout.Lane::name).containsExactly("NP", "US");
        assertThat(html).contains("href=\"measures/1\"", "href=\"measures/2\"")
                .contains("left:" + TimelineLayout.percent(TimelineLayout.percentOf(LocalDate.of(2025, 1, 19), FROM, TO)))
                .contains("timeline-event family-deadline span expected")
                .contains("&lt;Ban&gt; &amp; &quot;deadline&quot;").doesNotContain("<Ban>")
                .contains(">2025<", ">Feb<", ">Mar<");
    }

    @Test
    void over_a_year_the_axis_marks_every_month_and_names_only_the_quarters_so_that_names_do_not_overlap() {
        List<TimelineLayout.Tick> withinAYear = TimelineLayout.ticks(FROM, LocalDate.of(2025, 12, 31), Locale.UK);
        assertThat(withinAYear).extracting(TimelineLayout.Tick::label).containsExactly("2025", "Feb", "Mar", "Apr",
                "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec");

        List<TimelineLayout.Tick> threeYears = TimelineLayout.ticks(FROM, LocalDate.of(2027, 12, 31), Locale.UK);
        assertThat(threeYears).as("a tick for every month").hasSize(36);
        assertThat(threeYears.subList(0, 12)).extracting(TimelineLayout.Tick::label).containsExactly("2025", "", "",
                "Apr", "", "", "Jul", "", "", "Oct", "", "");
        assertThat(threeYears).filteredOn(TimelineLayout.Tick::yearStart).extracting(TimelineLayout.Tick::label)
                .containsExactly("2025", "2026", "2027");
    }

    @Test
    void a_dense_week_keeps_its_lane_four_rows_tall_and_counts_what_found_no_row() {
        List<TimelineEvent> week = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> event(i + 1, LocalDate.of(2025, 2, 3 + i % 2), DatePrecision.DAY, false, "US", "Step " + i))
                .sorted(java.util.Comparator.comparing(event -> event.row().start()))
                .toList();
        List<TimelineEvent> later = List.of(event(99, LocalDate.of(2025, 4, 1), DatePrecision.DAY, false, "US", "Later"));

        TimelineLayout.Lane lane = TimelineLayout.of(java.util.stream.Stream.concat(week.stream(), later.stream()).toList(),
                FROM, TO, TimelineChart.Lanes.JURISDICTION).lanes().getFirst();

        assertThat(lane.rows()).isEqualTo(TimelineLayout.MAX_ROWS + 1);
        assertThat(lane.placements()).hasSize(TimelineLayout.MAX_ROWS + 1)
                .allSatisfy(placement -> assertThat(placement.row()).isLessThan(TimelineLayout.MAX_ROWS));
        assertThat(lane.overflows()).singleElement().satisfies(overflow -> {
            assertThat(overflow.events()).hasSize(12 - TimelineLayout.MAX_ROWS);
            assertThat(overflow.label()).isEqualTo("+9");
            assertThat(overflow.title()).startsWith("9 more: ").contains("3 February 2025 · In force · Step");
        });
        String html = TimelineChart.compact(week, FROM, TO, TimelineChart.Lanes.JURISDICTION).getElement().getOuterHTML();
        assertThat(html).contains("class=\"timeline-more\"", ">+9<", "height:calc(4 * var(--timeline-row))");
    }

    @Test
    void markers_say_what_did_not_happen_and_what_is_not_published() {
        EventRow row = new EventRow(1, LocalDate.of(2025, 2, 1), DatePrecision.DAY, true, true, EventAction.IN_FORCE,
                "Summary", 1, "Montana SB 419", "US-MT", PolicyArea.OTHER, Instrument.LAW, true,
                PublicationState.ARCHIVED);
        TimelineLayout.Placement placement = TimelineLayout.of(List.of(new TimelineEvent(row, List.of())), FROM, TO,
                TimelineChart.Lanes.JURISDICTION).lanes().getFirst().placements().getFirst();
        assertThat(placement.classNames()).isEqualTo("timeline-event family-in_force point expected cancelled unpublished");
        assertThat(placement.title()).isEqualTo("1 February 2025 · In force (did not happen) · Montana SB 419 (archived)");
    }

    @Test
    void the_axis_names_months_as_its_reader_abbreviates_them() {
        assertThat(TimelineLayout.ticks(FROM, LocalDate.of(2025, 12, 31), Locale.FRANCE))
                .extracting(TimelineLayout.Tick::label).containsExactly("2025", "févr.", "mars", "avr.", "mai", "juin",
                        "juil.", "août", "sept.", "oct.", "nov.", "déc.");
        assertThat(TimelineLayout.ticks(FROM, LocalDate.of(2025, 12, 31), Locale.US))
                .extracting(TimelineLayout.Tick::label).contains("Sep");
    }

    private static TimelineEvent event(long measureId, LocalDate start, DatePrecision precision, boolean expected,
                                       String jurisdiction, String measureTitle) {
        return new TimelineEvent(new EventRow(measureId * 10, start, precision, expected, false,
                expected ? EventAction.DEADLINE : EventAction.IN_FORCE, "Summary", measureId, measureTitle, jurisdiction,
                PolicyArea.OTHER, Instrument.LAW, true, PublicationState.PUBLISHED), List.of("TikTok"));
    }
}
