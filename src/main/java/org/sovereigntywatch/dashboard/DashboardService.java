package org.sovereigntywatch.dashboard;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.concern.ConcernCounts;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.ConcernRow;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.editorial.ItemMoved;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.Visibility;
import org.sovereigntywatch.history.InForce;
import org.sovereigntywatch.timeline.EventFilter;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureChange;
import org.sovereigntywatch.timeline.MeasureService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The dashboard's figures, each an aggregate computed by the database over what the caller may see (a viewer's
 * numbers count published items only). Loading them takes the same few queries whatever the size of the record:
 * open concerns by score with the overdue ones (1), the heatmap (2), measures in force (1), expected events in the
 * next 30 days (1), and the latest changed concerns and measures (2). Today's figures are kept for a few seconds
 * per view of the record (the recent changes are not).
 */
@Service
public class DashboardService {

    public static final int DUE_WITHIN_DAYS = 30;
    public static final int RECENT_CHANGES = 10;

    private final ConcernService concerns;
    private final MeasureService measures;
    private final EventService events;
    private final EditorialPolicy policy;
    private final Clock clock;
    /**
     * Today's figures per view of the record: everyone who sees the same (all viewers; the analysts of one
     * jurisdiction) gets the same figures, and computing them was about a quarter of the database's work under load
     * (issue 18). Kept for {@code sovereigntywatch.dashboard.figures-max-age}; emptied when an item moves on this
     * node (a publication changes what viewers count at once). Changes on other nodes, and a draft created or edited,
     * show in the counts within that time; the recent changes list them at once.
     */
    private final ShortLivedCache<FiguresKey, Figures> todaysFigures;

    DashboardService(ConcernService concerns, MeasureService measures, EventService events, EditorialPolicy policy,
                     Clock clock, @Value("${sovereigntywatch.dashboard.figures-max-age}") Duration figuresMaxAge) {
        this.concerns = concerns;
        this.measures = measures;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
        this.todaysFigures = new ShortLivedCache<>(figuresMaxAge, clock);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Dashboard load() {
        return load(null);
    }

    /**
     * The figures as the record stood at {@code asOf}: the concerns, measures and events then, with their states
     * then (so a viewer counts what was published then), reviews overdue and deadlines due on that day; now for null.
     * The recent changes are always read anew: someone who has just saved expects to find their change there.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Dashboard load(@Nullable Instant asOf) {
        Figures figures = asOf != null ? figures(asOf)
                : todaysFigures.get(new FiguresKey(policy.visibility(), InForce.day(null, clock)),
                        () -> figures(null));
        return new Dashboard(figures.openByLevel(), figures.overdueReviews(), figures.measuresInForce(),
                figures.expectedSoon(), figures.heatmap(), recentChanges(asOf));
    }

    /** After the move commits: forgotten before, the figures could be computed again without it and kept. */
    @TransactionalEventListener(fallbackExecution = true)
    void onItemMoved(ItemMoved moved) {
        todaysFigures.clear();
    }

    private Figures figures(@Nullable Instant asOf) {
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
        return new Figures(Collections.unmodifiableMap(openByLevel), overdue, measures.countInForce(asOf),
                expectedSoon, concerns.heatmap(allConcerns));
    }

    /** Whose figures, and of which day: reviews turn overdue and deadlines come due at midnight. */
    private record FiguresKey(Visibility visibility, LocalDate day) {
    }

    private record Figures(Map<RiskLevel, Long> openByLevel, long overdueReviews, long measuresInForce,
                           long expectedSoon, List<ConcernCounts.HeatCell> heatmap) {
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
