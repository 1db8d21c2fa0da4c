package org.sovereigntywatch.editorial;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.history.Revisions;
import org.sovereigntywatch.security.CurrentUser;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/** The review log names items by kind: each kind's name is its own, and fits the column. */
class ReviewLogTest {

    private final ReviewLog log = new ReviewLog(mock(ReviewEntryRepository.class), mock(CurrentUser.class),
            Clock.systemUTC(), mock(Revisions.class));

    @Test
    void two_kinds_with_one_name_would_share_a_log_so_the_second_is_refused() {
        assertThat(log.register("concern")).isEqualTo("concern");
        assertThat(log.register("measure")).isEqualTo("measure");
        assertThatThrownBy(() -> log.register("concern")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("concern");
    }

    @Test
    void a_kind_name_must_fit_the_log_column() {
        assertThatThrownBy(() -> log.register("x".repeat(ReviewEntry.KIND_MAX + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.register(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
