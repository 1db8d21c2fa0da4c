package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimelineViewTest extends KaribuTest {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Autowired JurisdictionService jurisdictions;
    @Autowired PlatformService platforms;
    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired RunAs runAs;

    @Test
    void one_lane_per_jurisdiction_or_per_platform() {
        TimelineView view = openUsAndIndia("viewer");
        assertThat(view.chart.laneNames()).containsExactly("IN", "US");

        _setValue(view.lanes, TimelineChart.Lanes.PLATFORM);
        assertThat(view.chart.laneNames()).containsExactly("TikTok", "WeChat");
    }

    @Test
    void an_event_sits_where_its_date_falls_and_a_month_is_drawn_as_a_span() {
        TimelineView view = openUsAndIndia("viewer");
        TimelineChart.Marker inForce = marker(view, "US", "The ban takes effect");
        assertThat(inForce.left()).isCloseTo(percent(LocalDate.of(2025, 1, 19)), within(0.001));
        assertThat(inForce.getClassNames()).contains("point", "family-in_force").doesNotContain("expected");

        TimelineChart.Marker permanent = marker(view, "IN", "made permanent");
        assertThat(permanent.left()).isCloseTo(percent(LocalDate.of(2021, 1, 1)), within(0.001));
        assertThat(permanent.width()).isCloseTo(percent(LocalDate.of(2021, 2, 1)) - percent(LocalDate.of(2021, 1, 1)),
                within(0.001));
        assertThat(permanent.getClassNames()).contains("span");
    }

    @Test
    void markers_on_the_same_days_go_on_separate_rows_of_their_lane() {
        TimelineView view = openUsAndIndia("viewer");
        TimelineChart.Marker hearing = marker(view, "US", "hears argument");
        TimelineChart.Marker ruling = marker(view, "US", "upholds the law");
        TimelineChart.Marker inForce = marker(view, "US", "The ban takes effect");
        assertThat(java.util.List.of(hearing.row(), ruling.row(), inForce.row())).doesNotHaveDuplicates();
    }

    @Test
    void clicking_an_event_shows_its_measure_summary_and_sources() {
        TimelineView view = openUsAndIndia("viewer");
        _click(marker(view, "US", "hears argument"));
        RouterLink measure = _get(view.details, RouterLink.class);
        assertThat(measure.getText()).isEqualTo("TikTok Inc. v. Garland");
        assertThat(measure.getHref()).startsWith("measures/");
        assertThat(view.details.getElement().getTextRecursively())
                .contains("10 January 2025 · Hearing")
                .contains("Supreme Court of the United States — Docket 24-656");
    }

    @Test
    void an_expected_step_is_drawn_hollow_and_listed_among_upcoming_deadlines() {
        String title = "Nepal social media bill " + UUID.randomUUID();
        runAs.user("analyst", () -> {
            PolicyMeasure measure = new PolicyMeasure(title);
            measure.setJurisdiction(jurisdictions.findByCode("NP").orElseThrow());
            measure.setPlatforms(Set.of(platforms.findByName("TikTok").orElseThrow()));
            PolicyMeasure saved = measures.create(measure);
            PolicyEvent deadline = new PolicyEvent(saved, new PolicyDate(LocalDate.now().plusDays(20),
                    org.sovereigntywatch.timeline.DatePrecision.DAY), EventAction.DEADLINE, "Registration deadline");
            deadline.setExpected(true);
            return events.save(deadline);
        });

        login("analyst");
        UI.getCurrent().navigate(TimelineView.class);
        TimelineView view = _get(TimelineView.class);
        _setValue(view.jurisdictions, Set.of(jurisdictions.findByCode("NP").orElseThrow()));
        TimelineChart.Marker deadline = marker(view, "NP", "Registration deadline");
        assertThat(deadline.getClassNames()).contains("expected", "family-deadline");
        assertThat(view.upcoming.list.getElement().getChild(0).getProperty("innerHTML")).contains(title)
                .contains("Deadline");
    }

    @Test
    void the_dashboards_expected_soon_link_shows_the_expected_steps_of_the_coming_days() {
        login("viewer");
        UI.getCurrent().navigate("timeline", com.vaadin.flow.router.QueryParameters.fromString("expected=true&days=30"));
        TimelineView view = _get(TimelineView.class);
        assertThat(view.status.getValue()).isTrue();
        assertThat(view.from.getValue()).isEqualTo(LocalDate.now());
        assertThat(view.to.getValue()).isEqualTo(LocalDate.now().plusDays(30));
        for (int i = 0; i < _size(view.grid); i++) {
            assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, i).expected()).isTrue();
        }
    }

    @Test
    void the_dashboards_in_force_link_shows_the_measures_in_force() {
        login("viewer");
        UI.getCurrent().navigate("measures", com.vaadin.flow.router.QueryParameters.fromString("status=IN_FORCE"));
        MeasuresView view = _get(MeasuresView.class);
        assertThat(view.status.getValue()).isEqualTo(EventAction.IN_FORCE);
        assertThat(_size(view.grid)).isPositive();
        for (int i = 0; i < _size(view.grid); i++) {
            assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, i).getCurrentAction())
                    .isEqualTo(EventAction.IN_FORCE);
        }
    }

    @Test
    void the_grid_lists_the_same_events_as_the_timeline() {
        TimelineView view = openUsAndIndia("viewer");
        int drawn = view.chart.markers("US").size() + view.chart.markers("IN").size();
        assertThat(_size(view.grid)).isEqualTo(drawn);
    }

    private TimelineView openUsAndIndia(String username) {
        login(username);
        UI.getCurrent().navigate(TimelineView.class);
        TimelineView view = _get(TimelineView.class);
        _setValue(view.from, FROM);
        _setValue(view.to, TO);
        _setValue(view.jurisdictions, Set.of(jurisdictions.findByCode("US").orElseThrow(),
                jurisdictions.findByCode("IN").orElseThrow()));
        return view;
    }

    private static TimelineChart.Marker marker(TimelineView view, String lane, String summaryPart) {
        return view.chart.markers(lane).stream()
                .filter(marker -> marker.event().row().summary().contains(summaryPart))
                .findFirst().orElseThrow(() -> new AssertionError("No marker '" + summaryPart + "' in lane " + lane));
    }

    /** Where a day falls between FROM and TO, worked out independently of the chart. */
    private static double percent(LocalDate day) {
        return 100.0 * ChronoUnit.DAYS.between(FROM, day) / (ChronoUnit.DAYS.between(FROM, TO) + 1);
    }
}
