package org.sovereigntywatch.dashboard;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.concern.ConcernCounts;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.ConcernRow;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.history.InForce;
import org.sovereigntywatch.timeline.EventFilter;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureChange;
import org.sovereigntywatch.timeline.MeasureService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The dashboard's figures, each an aggregate computed by the database over what the caller may see (a viewer's
 * numbers count published items only). Loading them takes the same few queries whatever the size of the record:
 * open concerns by score with the overdue ones (1), the heatmap (2), measures in force (1), expected events in the
 * next 30 days (1), and the latest changed concerns and measures (2).
 */
@Service
public class DashboardService {

    public static final int DUE_WITHIN_DAYS = 30;
    public static final int RECENT_CHANGES = 10;

    private final ConcernService concerns;
    private final MeasureService measures;
    private final EventService events;
    private final Clock clock;

    DashboardService(ConcernService concerns, MeasureService measures, EventService events, Clock clock) {
        this.concerns = concerns;
        this.measures = measures;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Dashboard load() {
        return load(null);
    }

    /**
     * The figures as the record stood at {@code asOf}: the concerns, measures and events then, with their states
     * then (so a viewer counts what was published then), reviews overdue and deadlines due on that day; now for null.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Dashboard load(@Nullable Instant asOf) {
        Map<RiskLevel, Long> openByLevel = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            openByLevel.put(level, 0L);
        }
        long overdue = 0;
        ConcernFilter allConcerns = ConcernFilter.ALL.asOf(asOf);
        for (ConcernCounts.ByScore row : concerns.countOpenByScore(allConcerns)) {
            openByLevel.merge(row.level(), row.count(), Long::sum);
            overdue += row.overdue();
        }
        LocalDate today = InForce.day(asOf, clock);
        long expectedSoon = events.count(EventFilter.ALL.asOf(asOf)
                .expectedBetween(today, today.plusDays(DUE_WITHIN_DAYS)));
        return new Dashboard(openByLevel, overdue, measures.countInForce(asOf), expectedSoon,
                concerns.heatmap(allConcerns), recentChanges(asOf));
    }

    /** The concerns and measures changed last (edited, submitted, published…), newest first, up to {@code asOf}. */
    private List<Change> recentChanges(@Nullable Instant asOf) {
        Stream<Change> changedConcerns = concerns.list(ConcernFilter.ALL.asOf(asOf),
                        PageRequest.of(0, RECENT_CHANGES, Sort.by(Sort.Direction.DESC, "modifiedAt"))).stream()
                .map(Change::of);
        Stream<Change> changedMeasures = measures.recentlyChanged(RECENT_CHANGES, asOf).stream().map(Change::of);
        List<Change> changes = new ArrayList<>(Stream.concat(changedConcerns, changedMeasures).toList());
        changes.sort(Comparator.comparing(Change::at, Comparator.nullsLast(Comparator.reverseOrder())));
        return changes.subList(0, Math.min(RECENT_CHANGES, changes.size()));
    }

    /**
     * Everything the dashboard shows but the lists it draws itself (upcoming deadlines, the last 90 days' timeline).
     *
     * @param openByLevel    open concerns (open or monitored, not archived) per level, every level present
     * @param overdueReviews open concerns whose review date has passed
     * @param measuresInForce measures whose current status is "in force"
     * @param expectedSoon   expected events within the next {@value #DUE_WITHIN_DAYS} days
     */
    public record Dashboard(Map<RiskLevel, Long> openByLevel, long overdueReviews, long measuresInForce,
                            long expectedSoon, List<ConcernCounts.HeatCell> heatmap, List<Change> recentChanges) {

        public long openConcerns() {
            return openByLevel.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * A concern or measure that changed: what ({@link #CONCERN} or {@link #MEASURE}), its state, who changed it and
     * when.
     */
    public record Change(String kind, long id, String title, PublicationState state, String by, Instant at) {

        public static final String CONCERN = "concern";
        public static final String MEASURE = "measure";

        static Change of(ConcernRow concern) {
            return new Change(CONCERN, concern.id(), concern.title(), concern.state(),
                    String.valueOf(concern.modifiedBy()), concern.modifiedAt());
        }

        static Change of(MeasureChange measure) {
            return new Change(MEASURE, measure.id(), measure.title(), measure.state(),
                    String.valueOf(measure.modifiedBy()), measure.modifiedAt());
        }
    }
}
