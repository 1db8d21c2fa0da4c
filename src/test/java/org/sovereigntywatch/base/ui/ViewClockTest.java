package org.sovereigntywatch.base.ui;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.PinnableClock;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ViewClockTest extends KaribuTest {

    @Autowired PinnableClock clock;

    @Test
    void a_component_that_spring_does_not_build_takes_today_from_the_applications_clock() {
        LocalDate day = LocalDate.of(2024, 2, 29);
        clock.pin(day);
        try {
            assertThat(ViewClock.today()).isEqualTo(day);
        } finally {
            clock.release();
        }
        assertThat(ViewClock.today()).isEqualTo(LocalDate.now());
    }
}
