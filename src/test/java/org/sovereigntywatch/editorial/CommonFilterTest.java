package org.sovereigntywatch.editorial;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The common parts of the register filters: each with… changes its part only, and a filter takes them whole. */
class CommonFilterTest {

    /** A register's filter with one part of its own, as the concern, measure and event filters are made. */
    record PageFilter(CommonFilter common, int own) implements CommonFilter.Narrowing<PageFilter> {
        @Override
        public PageFilter withCommon(CommonFilter parts) {
            return new PageFilter(parts, own);
        }
    }

    @Test
    void words_are_compared_as_the_queries_compare_them_and_sets_cannot_change_afterwards() {
        Set<String> codes = new HashSet<>(Set.of("US"));
        CommonFilter filter = CommonFilter.ANY.withText("  Oracle ").withJurisdictions(codes);
        codes.add("CN");

        assertThat(filter.text()).isEqualTo("oracle");
        assertThat(filter.jurisdictionCodes()).containsExactly("US");
    }

    @Test
    void each_with_method_changes_its_own_part_and_keeps_the_filters_own_parts() {
        PageFilter filter = new PageFilter(CommonFilter.ANY, 7).withText("ban").withJurisdictions(Set.of("IN"))
                .withPlatforms(Set.of(3L)).withStates(Set.of(PublicationState.DRAFT));

        assertThat(filter.own()).isEqualTo(7);
        assertThat(filter.common()).isEqualTo(
                new CommonFilter("ban", Set.of("IN"), Set.of(3L), Set.of(PublicationState.DRAFT)));
        assertThat(filter.withPlatforms(Set.of()).common())
                .isEqualTo(new CommonFilter("ban", Set.of("IN"), Set.of(), Set.of(PublicationState.DRAFT)));
    }

    @Test
    void a_part_left_empty_means_any() {
        PageFilter any = new PageFilter(CommonFilter.ANY, 0);
        assertThat(any.anyJurisdiction()).isTrue();
        assertThat(any.anyPlatform()).isTrue();
        assertThat(any.anyState()).isTrue();

        PageFilter narrowed = any.withJurisdictions(Set.of("US")).withPlatforms(Set.of(1L))
                .withStates(Set.of(PublicationState.PUBLISHED));
        assertThat(narrowed.anyJurisdiction()).isFalse();
        assertThat(narrowed.anyPlatform()).isFalse();
        assertThat(narrowed.anyState()).isFalse();
    }
}
