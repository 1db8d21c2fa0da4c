package org.sovereigntywatch.timeline.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.PinnableClock;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventRow;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

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
    @Autowired SourceService sources;
    @Autowired PinnableClock clock;

    @Test
    void one_lane_per_jurisdiction_or_per_platform() {
        TimelineView view = openUsAndIndia("viewer");
        assertThat(view.chart.laneNames()).containsExactly("IN", "US");

        _setValue(view.filters.lanes, TimelineChart.Lanes.PLATFORM);
        assertThat(view.chart.laneNames()).containsExactly("TikTok", "WeChat");
    }

    @Test
    void an_event_sits_where_its_date_falls_and_a_month_is_drawn_as_a_span() {
        TimelineView view = openUsAndIndia("viewer");
        TimelineChart.Marker revoked = marker(view, "US", "Executive Order 14034 revokes");
        assertThat(revoked.left()).isCloseTo(percent(LocalDate.of(2021, 6, 9)), within(0.001));
        assertThat(revoked.getClassNames()).contains("point", "family-ending").doesNotContain("expected", "unpublished");

        TimelineChart.Marker permanent = marker(view, "IN", "made permanent");
        assertThat(permanent.left()).isCloseTo(percent(LocalDate.of(2021, 1, 1)), within(0.001));
        assertThat(permanent.width()).isCloseTo(percent(LocalDate.of(2021, 2, 1)) - percent(LocalDate.of(2021, 1, 1)),
                within(0.001));
        assertThat(permanent.getClassNames()).contains("span");
    }

    @Test
    void a_crowded_week_takes_three_rows_and_a_row_of_counts_whose_marker_lists_the_rest() {
        // The US steps of 10 to 20 January 2025 overlap on a six-year axis: hearing, market event, ruling, in force,
        // postponed.
        TimelineView view = openUsAndIndia("viewer");
        TimelineChart.Marker hearing = marker(view, "US", "hears argument");
        TimelineChart.Marker market = marker(view, "US", "tops free downloads");
        TimelineChart.Marker ruling = marker(view, "US", "upholds the law");
        assertThat(java.util.List.of(hearing.row(), market.row(), ruling.row())).containsExactly(0, 1, 2);
        assertThat(view.chart.rows("US")).isEqualTo(TimelineLayout.MAX_ROWS + 1);
        TimelineChart.OverflowMarker more = view.chart.overflows("US").getFirst();
        assertThat(more.getText()).isEqualTo("+2");
        assertThat(more.row()).isEqualTo(TimelineLayout.MAX_ROWS);
        assertThat(more.events()).extracting(event -> event.row().action())
                .containsExactly(EventAction.IN_FORCE, EventAction.POSTPONED);

        _click(more);
        assertThat(view.details.getElement().getTextRecursively()).contains("2 more steps here")
                .contains("19 January 2025 · In force · Protecting Americans");
        _click(_get(view.details, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("20 January 2025 · Postponed · Protecting Americans from Foreign Adversary "
                        + "Controlled Applications Act")));
        assertThat(view.details.getElement().getTextRecursively()).contains("delays enforcement of the law by 75 days");
    }

    @Test
    void an_unpublished_measures_steps_are_marked_on_the_timeline_and_in_the_grid_and_can_be_hidden() {
        String title = "Nepal draft directive " + UUID.randomUUID();
        runAs.user("analyst", () -> {
            PolicyMeasure measure = new PolicyMeasure(title);
            measure.setJurisdiction(jurisdictions.findByCode("NP").orElseThrow());
            measure.setPlatforms(Set.of(platforms.findByName("TikTok").orElseThrow()));
            PolicyMeasure saved = measures.create(measure);
            return events.save(new PolicyEvent(saved, PolicyDate.day(2022, 3, 1), EventAction.ANNOUNCED,
                    "Draft directive announced"));
        });

        login("analyst");
        UI.getCurrent().navigate(TimelineView.class);
        TimelineView view = _get(TimelineView.class);
        _setValue(view.filters.search, title);
        assertThat(view.filters.unpublished.isVisible()).isTrue();
        assertThat(view.filters.unpublished.getValue()).isTrue();
        TimelineChart.Marker draft = marker(view, "NP", "Draft directive announced");
        assertThat(draft.getClassNames()).contains("unpublished");
        assertThat(draft.getElement().getAttribute("title")).endsWith(title + " (draft)");
        assertThat(_size(view.grid)).isEqualTo(1);
        EventRow row = com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, 0);
        assertThat(EventGrid.rowStyle(row)).isEqualTo("unpublished");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getColumnByHeader(view.grid, "State").isVisible())
                .isTrue();

        _setValue(view.filters.unpublished, false);
        assertThat(view.chart.markers("NP")).isEmpty();
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void a_viewer_has_no_unpublished_toggle_nor_state_column() {
        TimelineView view = openUsAndIndia("viewer");
        assertThat(view.filters.unpublished.isVisible()).isFalse();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getColumnByHeader(view.grid, "State").isVisible())
                .isFalse();
    }

    @Test
    void a_step_that_did_not_happen_is_struck_through_and_not_among_upcoming_deadlines() {
        String title = "Montana SB 419 " + UUID.randomUUID();
        runAs.user("analyst", () -> {
            PolicyMeasure measure = new PolicyMeasure(title);
            measure.setJurisdiction(jurisdictions.findByCode("US").orElseThrow());
            measure.setPlatforms(Set.of(platforms.findByName("TikTok").orElseThrow()));
            PolicyMeasure saved = measures.create(measure);
            PolicyEvent effective = new PolicyEvent(saved, new PolicyDate(LocalDate.now().plusDays(20),
                    org.sovereigntywatch.timeline.DatePrecision.DAY), EventAction.IN_FORCE, "The ban was to take effect");
            effective.setExpected(true);
            effective.setCancelled(true);
            return events.save(effective);
        });

        login("analyst");
        UI.getCurrent().navigate(TimelineView.class);
        TimelineView view = _get(TimelineView.class);
        _setValue(view.filters.search, title);
        TimelineChart.Marker effective = marker(view, "US", "The ban was to take effect");
        assertThat(effective.getClassNames()).contains("cancelled", "expected");
        assertThat(effective.getElement().getAttribute("title")).contains("In force (did not happen)");
        EventRow row = com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, 0);
        assertThat(EventGrid.rowStyle(row)).isEqualTo("cancelled unpublished");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(
                com.github.mvysny.kaributesting.v10.GridKt._getColumnByHeader(view.grid, "Status"), row))
                .isEqualTo("Did not happen");
        assertThat(view.upcoming.list.getElement().getChild(0).getProperty("innerHTML")).doesNotContain(title)
                .contains("Nothing expected");
        _setValue(view.filters.status, true);
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void the_timeline_has_a_legend_naming_each_colour_and_shape() {
        TimelineView view = openUsAndIndia("viewer");
        String legend = _get(view, com.vaadin.flow.component.Html.class,
                spec -> spec.withClasses("timeline-legend")).getElement().getOuterHTML();
        for (EventAction.Family family : EventAction.Family.values()) {
            assertThat(legend).contains("family-" + family.name().toLowerCase() + "\"></span>"
                    + Texts.label(Locale.UK, family));
        }
        assertThat(legend).contains("announced, introduced, adopted, signed", "Expected", "Did not happen",
                "A month or a year").doesNotContain("Not published");
    }

    @Test
    void the_fixed_columns_of_the_events_grid_fit_their_longest_values() {
        TimelineView view = openUsAndIndia("analyst");
        int longestCode = jurisdictions.list(new org.sovereigntywatch.reference.JurisdictionFilter("", null),
                org.springframework.data.domain.PageRequest.of(0, 1000)).stream()
                .mapToInt(jurisdiction -> jurisdiction.getCode().length()).max().orElseThrow();
        assertFits(view, "Date", "30 September 2025".length());
        assertFits(view, "Where", Math.max(longestCode, "US-MT".length()));
        assertFits(view, "Status", longestLabel(org.sovereigntywatch.timeline.EventStatus.values()));
        assertFits(view, "Action", longestLabel(EventAction.values()));
        assertFits(view, "State", longestLabel(org.sovereigntywatch.editorial.PublicationState.values()));
    }

    /** The longest label of these constants, in English or in French. */
    private static int longestLabel(Enum<?>[] constants) {
        return java.util.Arrays.stream(constants)
                .flatMap(constant -> java.util.stream.Stream.of(Locale.UK, Locale.FRANCE)
                        .map(locale -> Texts.label(locale, constant)))
                .mapToInt(String::length).max().orElseThrow();
    }

    /**
     * A fixed column is at least as wide as its longest value or its header with the sort indicator, at about 0.55em a
     * character (Lumo's body font), plus the cell's padding on both sides.
     */
    private static void assertFits(TimelineView view, String header, int longestValue) {
        var column = com.github.mvysny.kaributesting.v10.GridKt._getColumnByHeader(view.grid, header);
        assertThat(column.getFlexGrow()).as(header).isZero();
        assertThat(column.getWidth()).as(header).endsWith("rem");
        double rem = Double.parseDouble(column.getWidth().replace("rem", ""));
        int characters = Math.max(longestValue, header.length() + 3);
        assertThat(rem).as(header).isGreaterThanOrEqualTo(characters * 0.55 + 2);
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
    void a_source_without_a_web_address_is_shown_as_its_citation_in_plain_text_beside_the_linked_ones() {
        String summary = "Ban ordered " + UUID.randomUUID();
        runAs.user("analyst", () -> {
            PolicyMeasure measure = new PolicyMeasure("Nepal TikTok ban " + UUID.randomUUID());
            measure.setJurisdiction(jurisdictions.findByCode("NP").orElseThrow());
            measure.setPlatforms(Set.of(platforms.findByName("TikTok").orElseThrow()));
            PolicyMeasure saved = measures.create(measure);
            PolicyEvent ordered = new PolicyEvent(saved, PolicyDate.day(2023, 11, 13), EventAction.SIGNED, summary);
            ordered.setSources(Set.of(sources.save(new Source("Nepal Gazette", "Cabinet decision " + summary)),
                    sources.save(new Source("Kathmandu Post", "TikTok banned", "https://example.org/" + summary))));
            return events.save(ordered);
        });

        login("analyst");
        UI.getCurrent().navigate(TimelineView.class);
        TimelineView view = _get(TimelineView.class);
        _setValue(view.filters.from, FROM);
        _setValue(view.filters.to, TO);
        _setValue(view.filters.jurisdictions, Set.of(jurisdictions.findByCode("NP").orElseThrow()));
        _click(marker(view, "NP", summary));

        assertThat(_get(view.details, Span.class, spec -> spec.withClasses("source-citation")).getText())
                .isEqualTo("Nepal Gazette — Cabinet decision " + summary);
        Anchor link = _get(view.details, Anchor.class);
        assertThat(link.getText()).isEqualTo("Kathmandu Post — TikTok banned");
        assertThat(link.getHref()).isEqualTo("https://example.org/" + summary.replace(" ", "%20"));
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
        _setValue(view.filters.jurisdictions, Set.of(jurisdictions.findByCode("NP").orElseThrow()));
        TimelineChart.Marker deadline = marker(view, "NP", "Registration deadline");
        assertThat(deadline.getClassNames()).contains("expected", "family-deadline");
        assertThat(view.upcoming.list.getElement().getChild(0).getProperty("innerHTML")).contains(title)
                .contains("Deadline");
    }

    @Test
    void the_dashboards_expected_soon_link_shows_the_expected_steps_of_the_coming_days() {
        login("viewer");
        LocalDate today = LocalDate.of(2025, 3, 10);
        clock.pin(today);
        try {
            String link = TimelineView.link().expectedWithin(30).address();
            assertAddress(link, "timeline", "expected=true", "days=30");
            navigate(link);
            TimelineView view = _get(TimelineView.class);
            assertThat(view.filters.status.getValue()).isTrue();
            assertThat(view.filters.from.getValue()).isEqualTo(today);
            assertThat(view.filters.to.getValue()).isEqualTo(today.plusDays(30));
            for (int i = 0; i < _size(view.grid); i++) {
                assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, i).expected()).isTrue();
            }
            // The address then says what the link set, in the timeline's own terms.
            assertAddress(lastAddressWritten(), "timeline", "expected=true", "from=2025-03-10", "to=2025-04-09");
        } finally {
            clock.release();
        }
    }

    @Test
    void a_number_of_days_that_is_negative_or_unreadable_leaves_the_default_range() {
        login("viewer");
        LocalDate today = LocalDate.of(2025, 3, 10);
        clock.pin(today);
        try {
            for (String days : List.of("-5", "soon")) {
                navigate("timeline?days=" + days);
                TimelineView view = _get(TimelineView.class);
                assertThat(view.filters.from.getValue()).as(days).isEqualTo(LocalDate.of(2019, 1, 1));
                assertThat(view.filters.to.getValue()).as(days).isEqualTo(LocalDate.of(2026, 12, 31));
            }
        } finally {
            clock.release();
        }
    }

    @Test
    void the_dashboards_in_force_link_shows_the_measures_in_force() {
        login("viewer");
        navigate(MeasuresView.link().currentStatus(EventAction.IN_FORCE).address());
        MeasuresView view = _get(MeasuresView.class);
        assertThat(view.filters.status.getValue()).isEqualTo(EventAction.IN_FORCE);
        assertThat(_size(view.grid)).isPositive();
        for (int i = 0; i < _size(view.grid); i++) {
            assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, i).currentAction())
                    .isEqualTo(EventAction.IN_FORCE);
        }
    }

    @Test
    void the_grid_lists_the_same_events_as_the_timeline() {
        TimelineView view = openUsAndIndia("viewer");
        int drawn = 0;
        for (String lane : java.util.List.of("US", "IN")) {
            drawn += view.chart.markers(lane).size() + view.chart.overflows(lane).stream()
                    .mapToInt(more -> more.events().size()).sum();
        }
        assertThat(_size(view.grid)).isEqualTo(drawn);
    }

    @Test
    void the_grid_lists_the_events_in_date_order_until_the_user_sorts_otherwise() {
        TimelineView view = openUsAndIndia("viewer");
        List<PolicyDate> dates = IntStream.range(0, _size(view.grid)).mapToObj(row -> GridKt._get(view.grid, row).date())
                .toList();
        assertThat(dates).hasSizeGreaterThan(5).isSorted();
    }

    @Test
    void the_measures_list_gives_a_months_status_as_that_month() {
        login("viewer");
        UI.getCurrent().navigate(MeasuresView.class);
        MeasuresView view = _get(MeasuresView.class);
        _setValue(view.filters.search, "Blocking of 59 Chinese apps");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(
                com.github.mvysny.kaributesting.v10.GridKt._getColumnByHeader(view.grid, "Current status"),
                com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, 0)))
                .isEqualTo("In force since January 2021");
    }

    /** Opens the timeline in a British browser, whose dates these tests read, with the US and India chosen. */
    private TimelineView openUsAndIndia(String username) {
        login(username);
        browserPrefers(Locale.UK);
        UI.getCurrent().navigate(TimelineView.class);
        TimelineView view = _get(TimelineView.class);
        _setValue(view.filters.from, FROM);
        _setValue(view.filters.to, TO);
        _setValue(view.filters.jurisdictions, Set.of(jurisdictions.findByCode("US").orElseThrow(),
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
