package org.sovereigntywatch;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The application's clock in the integration tests (it stands in for {@code ClockConfig}'s): the system's, until a
 * test {@link #pin}s it to a day, so that what services and screens take for today can be checked on a day of the
 * test's choosing. Time still runs while pinned (sessions, throttles and logs see it pass as usual). A test that pins
 * it releases it when done ({@link #release}), as the context is shared.
 */
@Component
@Primary
public class PinnableClock extends Clock {

    private final Clock system = Clock.systemDefaultZone();
    private volatile @Nullable Duration shift;

    /** From now on, today is {@code day}, at the time of day it is. */
    public void pin(LocalDate day) {
        shift = Duration.between(LocalDate.now(system).atStartOfDay(system.getZone()),
                day.atStartOfDay(system.getZone()));
    }

    /** Back to the system's clock. */
    public void release() {
        shift = null;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Duration pinned = shift;
        return pinned == null ? system.withZone(zone) : Clock.offset(system.withZone(zone), pinned);
    }

    @Override
    public Instant instant() {
        Duration pinned = shift;
        return pinned == null ? system.instant() : system.instant().plus(pinned);
    }
}
