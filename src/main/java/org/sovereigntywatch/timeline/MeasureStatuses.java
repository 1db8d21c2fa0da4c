package org.sovereigntywatch.timeline;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The current status of many measures at once, for events added by the thousand (an import): the events that happened
 * are read in one query, each measure's latest is picked here by the order {@link PolicyEventRepository#findHappened}
 * uses, and the statuses are written in JDBC batches. Like {@link PolicyMeasureRepository#setCurrentStatus}, it leaves
 * the measures' versions alone; unlike it, it does not refresh measures held in memory, so the caller must not read
 * their status before the transaction's next clear.
 */
@Component
class MeasureStatuses {

    /** A step that happened, as far as the current status needs it. */
    private record Happened(long measureId, EventAction action, LocalDate start, DatePrecision precision, long id) {
    }

    /** The latest first: the latest start, then the narrower date, then the later record. */
    private static final Comparator<Happened> LATEST_FIRST = Comparator.comparing(Happened::start).reversed()
            .thenComparing(Happened::precision).thenComparing(Comparator.comparing(Happened::id).reversed());

    private final PolicyEventRepository events;
    private final JdbcTemplate jdbc;

    MeasureStatuses(PolicyEventRepository events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Recomputes the current status of these measures from their stored events (flushed before). */
    void refresh(Collection<Long> measureIds) {
        Map<Long, Happened> latest = new HashMap<>();
        for (Object[] row : events.findHappenedIn(measureIds)) {
            Happened step = new Happened((Long) row[0], (EventAction) row[1], (LocalDate) row[2],
                    (DatePrecision) row[3], (Long) row[4]);
            latest.merge(step.measureId(), step, (one, other) -> LATEST_FIRST.compare(one, other) <= 0 ? one : other);
        }
        List<Object[]> updates = new ArrayList<>();
        for (long id : measureIds) {
            Happened step = latest.get(id);
            updates.add(new Object[]{name(step == null ? null : step.action()),
                    step == null ? null : Date.valueOf(step.start()), name(step == null ? null : step.precision()), id});
        }
        jdbc.batchUpdate("update policy_measure set current_action = ?, current_since = ?, "
                + "current_since_precision = ? where id = ?", updates,
                new int[]{Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.BIGINT});
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}
