package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.timeline.EventAction;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The timeline keeps its filters in the address, written as they change (the default range left out), read on entry. */
class TimelineAddressTest extends KaribuTest {

    @Autowired JurisdictionService jurisdictions;
    @Autowired PlatformService platforms;

    @Test
    void the_default_timeline_has_a_plain_address() {
        login("analyst");
        UI.getCurrent().navigate(TimelineView.class);
        assertAddress(lastAddressWritten(), "timeline");
    }

    @Test
    void the_timelines_filters_are_written_to_the_address_and_read_back_from_it() {
        login("analyst");
        UI.getCurrent().navigate(TimelineView.class);
        TimelineView timeline = _get(TimelineView.class);
        _setValue(timeline.filters.jurisdictions, Set.of(jurisdictions.findByCode("US").orElseThrow(),
                jurisdictions.findByCode("IN").orElseThrow()));
        _setValue(timeline.filters.platforms, Set.of(platforms.findByName("TikTok").orElseThrow()));
        _setValue(timeline.filters.from, LocalDate.of(2019, 6, 1));
        _setValue(timeline.filters.lanes, TimelineChart.Lanes.PLATFORM);
        _setValue(timeline.filters.search, "ban");
        _setValue(timeline.filters.action, EventAction.IN_FORCE);
        _setValue(timeline.filters.status, false);
        _setValue(timeline.filters.unpublished, false);

        String address = lastAddressWritten();
        assertAddress(address, "timeline", "jurisdiction=IN", "jurisdiction=US", "platform=TikTok",
                "from=2019-06-01", "lanes=PLATFORM", "q=ban", "action=IN_FORCE", "expected=false", "unpublished=false");

        UI.getCurrent().navigate("");
        navigate(address);
        TimelineView reopened = _get(TimelineView.class);
        assertThat(reopened.filters.jurisdictions.getValue()).extracting(Jurisdiction::getCode)
                .containsExactlyInAnyOrder("US", "IN");
        assertThat(reopened.filters.platforms.getValue()).extracting(Platform::getName).containsExactly("TikTok");
        assertThat(reopened.filters.from.getValue()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(reopened.filters.lanes.getValue()).isEqualTo(TimelineChart.Lanes.PLATFORM);
        assertThat(reopened.filters.search.getValue()).isEqualTo("ban");
        assertThat(reopened.filters.action.getValue()).isEqualTo(EventAction.IN_FORCE);
        assertThat(reopened.filters.status.getValue()).isFalse();
        assertThat(reopened.filters.unpublished.getValue()).isFalse();
    }

    @Test
    void an_address_with_many_filters_reads_the_record_once_as_one_with_a_single_filter_does() {
        login("analyst");
        statementsToOpen("timeline?jurisdiction=US"); // looks the jurisdiction up once, for good
        long oneFilter = statementsToOpen("timeline?jurisdiction=US");
        long manyFilters = statementsToOpen(
                "timeline?jurisdiction=US&lanes=PLATFORM&q=ban&action=IN_FORCE&expected=false&unpublished=false");
        assertThat(manyFilters).isEqualTo(oneFilter);
    }

    /** Once: the chart, the grid's first page and its count, the deadlines beside it. */
    @Test
    void opening_the_timeline_reads_its_events_once() {
        login("analyst");
        statementsToOpen("timeline?jurisdiction=US");
        assertThat(queriesToOpen("timeline?jurisdiction=US&lanes=PLATFORM", query -> query.contains("PolicyEvent")))
                .isEqualTo(4);
    }
}
