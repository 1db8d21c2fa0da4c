package org.sovereigntywatch.timeline.ui;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.PublicationState;
import org.sovereigntywatch.timeline.DatePrecision;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventRow;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.PolicyArea;
import org.sovereigntywatch.timeline.TimelineEvent;

import java.time.LocalDate;
import java.util.List;

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

    private static TimelineEvent event(long measureId, LocalDate start, DatePrecision precision, boolean expected,
                                       String jurisdiction, String measureTitle) {
        return new TimelineEvent(new EventRow(measureId * 10, start, precision, expected, false,
                expected ? EventAction.DEADLINE : EventAction.IN_FORCE, "Summary", measureId, measureTitle, jurisdiction,
                PolicyArea.OTHER, Instrument.LAW, true, PublicationState.PUBLISHED), List.of("TikTok"));
    }
}
