package org.sovereigntywatch.timeline;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.editorial.CommonFilter;
import org.sovereigntywatch.editorial.PublicationState;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each with… of the measure and event filters changes its own part only, whatever was set before or after it. */
class FiltersTest {

    private static final CommonFilter COMMON =
            new CommonFilter("ban", Set.of("IN"), Set.of(2L), Set.of(PublicationState.PUBLISHED));

    @Test
    void every_part_of_a_measure_filter_set_one_after_the_other_is_kept() {
        MeasureFilter filter = MeasureFilter.ALL.withText("ban").withInstrument(Instrument.LAW)
                .withJurisdictions(Set.of("IN")).withCurrentStatus(EventAction.IN_FORCE).withPlatforms(Set.of(2L))
                .withStates(Set.of(PublicationState.PUBLISHED));

        assertThat(filter).isEqualTo(new MeasureFilter(COMMON, Instrument.LAW, EventAction.IN_FORCE));
    }

    @Test
    void every_part_of_an_event_filter_set_one_after_the_other_is_kept() {
        LocalDate first = LocalDate.of(2020, 1, 1);
        LocalDate last = LocalDate.of(2021, 12, 31);
        EventFilter filter = EventFilter.ALL.between(first, last).withText("ban").withAction(EventAction.IN_FORCE)
                .withJurisdictions(Set.of("IN")).withExpected(false).withPlatforms(Set.of(2L))
                .withStates(Set.of(PublicationState.PUBLISHED));

        assertThat(filter).isEqualTo(new EventFilter(COMMON, first, last, EventAction.IN_FORCE, false));
        assertThat(filter.expectedBetween(last, last)).isEqualTo(
                new EventFilter(COMMON, last, last, EventAction.IN_FORCE, true));
    }
}
