package org.sovereigntywatch.concern;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.editorial.CommonFilter;
import org.sovereigntywatch.editorial.PublicationState;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each with… of the concern filter changes its own part only, whatever was set before or after it. */
class ConcernFilterTest {

    private static final LocalDate JANUARY = LocalDate.of(2025, 1, 1);
    private static final LocalDate MARCH = LocalDate.of(2025, 3, 31);

    @Test
    void every_part_set_one_after_the_other_is_kept() {
        ConcernFilter filter = ConcernFilter.ALL.withText("oracle").withPlatforms(Set.of(4L))
                .withJurisdictions(Set.of("US")).withCategory(ConcernCategory.STATE_ACCESS)
                .withLevel(RiskLevel.HIGH).withStates(Set.of(PublicationState.PUBLISHED)).withOverdueOnly(true)
                .withOpenOnly(true).changedBetween(JANUARY, MARCH);

        assertThat(filter).isEqualTo(new ConcernFilter(
                new CommonFilter("oracle", Set.of("US"), Set.of(4L), Set.of(PublicationState.PUBLISHED)),
                ConcernCategory.STATE_ACCESS, RiskLevel.HIGH, true, true, JANUARY, MARCH));
    }

    @Test
    void open_only_and_overdue_only_are_told_apart() {
        assertThat(ConcernFilter.ALL.withOpenOnly(true).openOnly()).isTrue();
        assertThat(ConcernFilter.ALL.withOpenOnly(true).overdueOnly()).isFalse();
        assertThat(ConcernFilter.ALL.withOverdueOnly(true).overdueOnly()).isTrue();
        assertThat(ConcernFilter.ALL.withOverdueOnly(true).openOnly()).isFalse();
    }

    @Test
    void the_common_parts_are_taken_whole_and_the_own_parts_kept() {
        ConcernFilter filter = ConcernFilter.ALL.withLevel(RiskLevel.LOW).withOpenOnly(true)
                .withCommon(new CommonFilter("", Set.of("CN"), Set.of(), Set.of()));

        assertThat(filter.jurisdictionCodes()).containsExactly("CN");
        assertThat(filter.level()).isEqualTo(RiskLevel.LOW);
        assertThat(filter.openOnly()).isTrue();
    }
}
