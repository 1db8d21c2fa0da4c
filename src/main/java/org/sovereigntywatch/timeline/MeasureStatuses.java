package org.sovereigntywatch.timeline;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The current status of many measures at once, for events added by the thousand (an import): one statement per few
 * hundred measures sets each one's status from its latest step that happened, picked in the order
 * {@link PolicyEventRepository#findHappened} uses. A statement per measure, and reading their steps into Java to pick
 * the latest, took 13 ms a chunk of a hundred measures (1.3 s of a 100,000-row import). Like
 * {@link PolicyMeasureRepository#setCurrentStatus}, it leaves the measures' versions alone; unlike it, it does not
 * refresh measures held in memory, so the caller must not read their status before the transaction's next clear.
 */
@Component
class MeasureStatuses {

    /** Measures per statement: an {@code in} list most databases take, planned once for each size. */
    private static final int PART = 500;

    private static final String LATEST_HAPPENED = """
            select e.action, e.period_start, e.date_precision from policy_event e
            where e.measure_id = m.id and e.expected = false
            order by e.period_start desc,
                case e.date_precision when 'DAY' then 0 when 'MONTH' then 1 else 2 end, e.id desc
            fetch first 1 row only""";

    private final JdbcTemplate jdbc;

    MeasureStatuses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes the current status of these measures from their stored events (flushed before). */
    void refresh(Collection<Long> measureIds) {
        List<Long> ids = List.copyOf(measureIds);
        for (int start = 0; start < ids.size(); start += PART) {
            List<Long> part = ids.subList(start, Math.min(ids.size(), start + PART));
            jdbc.update("update policy_measure m set (current_action, current_since, current_since_precision) = ("
                    + LATEST_HAPPENED + ") where m.id in (" + String.join(",", Collections.nCopies(part.size(), "?"))
                    + ")", part.toArray());
        }
    }
}
