package org.sovereigntywatch.timeline;

import jakarta.validation.Valid;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Keyset;
import org.sovereigntywatch.base.NewItemValidator;
import org.sovereigntywatch.base.RowWriter;
import org.sovereigntywatch.base.Stamped;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.editorial.ItemScope;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.history.InForce;
import org.sovereigntywatch.history.ItemHistory;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.SecurityLog;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The dated events of policy measures. Events are seen and written under their measure's state and jurisdiction
 * ({@link EditorialPolicy}); each write recomputes the measure's current status, the action of its latest event that
 * happened. Lists, the timeline, upcoming deadlines and the CSV all read the same filtered rows in SQL.
 * <p>
 * Scope is decided on stored rows: the state and jurisdiction of the measure an event belongs to as the database holds
 * them, found through the event's stored row for a saved event, whatever the object passed in names. Reads about one
 * measure or event refuse one the caller may not see with
 * {@link org.springframework.security.access.AccessDeniedException}, as {@link MeasureService} does.
 */
@Service
@Validated
public class EventService {

    /** The events CSV's name in the security log. */
    public static final String EXPORT_NAME = "Policy events";

    /** The most events one timeline draws; past that the user narrows the range or the filters. */
    public static final int TIMELINE_LIMIT = 1500;

    /**
     * Date order as {@link PolicyDate} has it: by the start of the period, the wider period first at equal starts.
     * Precisions are stored by name, and YEAR, MONTH, DAY happen to be in reverse alphabetical order.
     */
    static final Sort BY_DATE = Sort.by(Sort.Order.asc("periodStart"), Sort.Order.desc("precision"), Sort.Order.asc("id"));
    /** {@link #BY_DATE} backwards, every part of it ({@code Sort.descending()} would make them all descending). */
    private static final Sort LATEST_FIRST =
            Sort.by(Sort.Order.desc("periodStart"), Sort.Order.asc("precision"), Sort.Order.desc("id"));

    private final PolicyEventRepository events;
    private final PolicyMeasureRepository measures;
    private final EventExport export;
    private final SourceService sources;
    private final EditorialPolicy policy;
    private final PlatformService platforms;
    private final SecurityLog securityLog;
    private final Clock clock;
    private final MeasureStatuses statuses;
    private final NewItemValidator newItemValidator;
    private final ItemHistory itemHistory;
    private final EventNews news;

    EventService(PolicyEventRepository events, PolicyMeasureRepository measures, EventExport export,
                 SourceService sources, EditorialPolicy policy, PlatformService platforms, SecurityLog securityLog,
                 Clock clock, MeasureStatuses statuses, NewItemValidator newItemValidator, ItemHistory itemHistory,
                 EventNews news) {
        this.news = news;
        this.itemHistory = itemHistory;
        this.events = events;
        this.measures = measures;
        this.export = export;
        this.sources = sources;
        this.policy = policy;
        this.platforms = platforms;
        this.securityLog = securityLog;
        this.clock = clock;
        this.statuses = statuses;
        this.newItemValidator = newItemValidator;
    }

    /**
     * The measure's events in date order ({@link PolicyDate}), with their sources; refused for a measure the caller
     * may not see.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PolicyEvent> eventsOf(long measureId) {
        policy.requireSee(storedScope(measureId));
        return events.findByMeasure(measureId).stream()
                .sorted(Comparator.comparing(PolicyEvent::getDate).thenComparing(PolicyEvent::getId))
                .toList();
    }

    /**
     * One event as it stood at a past moment, with its sources and its measure then, if the caller may see that measure
     * as it stood then.
     *
     * @throws NoSuchElementException if the event did not exist then
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public PolicyEvent asOf(long eventId, Instant moment) {
        PolicyEvent then = itemHistory.at(PolicyEvent.class, eventId, moment)
                .orElseThrow(() -> new NoSuchElementException("There was no event " + eventId + " then."));
        PolicyMeasure measure = Objects.requireNonNull(then.getMeasure());
        policy.requireSee(measure.getState(), measure.scope());
        Hibernate.initialize(then.getSources());
        Hibernate.initialize(measure.getJurisdiction());
        return then;
    }

    /** One event with its sources, if the caller may see its measure. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public PolicyEvent get(long eventId) {
        PolicyEvent event = events.findWithSourcesById(eventId)
                .orElseThrow(() -> new NoSuchElementException("There is no event " + eventId + "."));
        PolicyMeasure measure = event.getMeasure();
        policy.requireSee(measure.getState(), measure.scope());
        return event;
    }

    /**
     * Saves a new or changed event of a measure the caller may edit, then recomputes the measure's current status. A
     * saved event stays with the measure its stored row names; the event's sources must be ones the caller may see.
     *
     * @throws ObjectOptimisticLockingFailureException if someone else changed the event since it was loaded
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public PolicyEvent save(@Valid PolicyEvent event) {
        long measureId = idOf(Objects.requireNonNull(event.getMeasure()).getId());
        policy.requireEdit(storedScope(measureId));
        if (!event.isNew()) {
            long storedMeasureId = events.findMeasureIdById(event.getId())
                    .orElseThrow(() -> new NoSuchElementException("There is no event " + event.getId() + "."));
            if (storedMeasureId != measureId) {
                // Refused either way; the user hears why first if the measure it is stored with is not theirs to edit.
                policy.requireEdit(storedScope(storedMeasureId));
                throw new IllegalArgumentException("An event stays with its measure");
            }
        }
        sources.requireVisible(event.getSources());
        boolean isNew = event.isNew();
        boolean happenedBefore = !isNew && events.findHappenedById(event.getId());
        PolicyEvent saved = events.saveAndFlush(event);
        refreshStatus(measureId);
        news.recorded(saved, isNew, happenedBefore);
        return saved;
    }

    /**
     * The events of these measures, with their sources, for matching an import's chunk of rows in one query; refused
     * if the caller may not see one of the measures.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PolicyEvent> eventsOfAll(Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return List.of();
        }
        storedScopes(measureIds).values().forEach(policy::requireSee);
        return events.findByMeasureIn(measureIds);
    }

    /**
     * Adds new events to measures the caller may edit, each checked as {@link #save} checks a new one, for an import:
     * the inserts wait for the transaction's next flush, which sends them in batches, and each measure's current
     * status is recomputed once.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public List<PolicyEvent> addAll(List<PolicyEvent> newEvents) {
        Set<Long> measureIds = new LinkedHashSet<>();
        // A list: entities of a kind all hash alike (AuditedEntity), so a set of thousands compares them in pairs.
        List<Source> cited = new ArrayList<>();
        for (PolicyEvent event : newEvents) {
            if (!event.isNew()) {
                throw new IllegalArgumentException("Only new events are added together");
            }
            measureIds.add(idOf(Objects.requireNonNull(event.getMeasure()).getId()));
            cited.addAll(event.getSources());
        }
        newItemValidator.requireValid(newEvents);
        // Before the events are written: once written, they would make the sources they cite visible.
        sources.requireVisible(cited);
        // Written before the scope check, in the one flush it needs anyway (measures new in this transaction must be
        // stored for their stored scope to be read): a refusal below rolls the transaction back, so it writes nothing.
        // Checking first cost a second flush, which walks every entity the transaction holds (1.5 s of a 100,000-row
        // import).
        List<PolicyEvent> saved = events.saveAll(newEvents);
        events.flush();
        Map<Long, ItemScope> scopes = storedScopes(measureIds);
        for (long measureId : measureIds) {
            ItemScope scope = scopes.get(measureId);
            if (scope == null) {
                throw new NoSuchElementException("There is no measure " + measureId + ".");
            }
            policy.requireEdit(scope);
        }
        statuses.refresh(measureIds);
        saved.forEach(event -> news.recorded(event, true, false));
        return saved;
    }

    /** Removes an event as the caller last saw it, then recomputes its measure's current status. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void delete(long eventId, long version) {
        long measureId = events.findMeasureIdById(eventId)
                .orElseThrow(() -> new NoSuchElementException("There is no event " + eventId + "."));
        policy.requireEdit(storedScope(measureId));
        PolicyEvent event = events.findById(eventId).orElseThrow();
        if (event.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(PolicyEvent.class, eventId);
        }
        events.delete(event);
        events.flush();
        refreshStatus(measureId);
    }

    /**
     * The events among {@code ids} that the caller may see, as rows, for pages that refer to events (notifications);
     * those the caller may not see are left out, as if they did not exist.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<EventRow> rows(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : events.among(ids, policy.visibility());
    }

    /** One page of the events the caller may see that match the filter, sorted in SQL as the page asks. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<EventRow> list(EventFilter filter, Pageable pageable) {
        return events.search(filter, policy.visibility(), pageable);
    }

    /**
     * One page of the events the caller may see that match the filter, each with when it changed, read by keyset from
     * where the last page ended: what the API pages with, so that events added meanwhile shift nothing.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Stamped<EventRow>> list(EventFilter filter, Keyset keyset) {
        return events.seek(filter, policy.visibility(), keyset);
    }

    /** The event with this id, with when it changed; empty if there is none or the caller may not see it. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Stamped<EventRow>> row(long id) {
        return events.stampedAmong(List.of(id), policy.visibility()).stream().findFirst();
    }

    /** The events of these measures the caller may see, each with when it changed, in date order. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Stamped<EventRow>> ofMeasures(Collection<Long> measureIds) {
        return measureIds.isEmpty() ? List.of() : events.ofMeasures(measureIds, policy.visibility());
    }

    /**
     * Streams every event the caller may see that matches the filter, by id, each with when it changed, to
     * {@code writer}: a bulk pull in another format than CSV, noted in the security log as an export.
     *
     * @param format the format's name for the security log: "NDJSON"
     * @return how many events were written
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long stream(EventFilter filter, String format, RowWriter<Stamped<EventRow>> writer) throws IOException {
        return securityLog.export(EXPORT_NAME + " (" + format + ")",
                filter.inWords(platforms.namesOf(filter.platformIds())), () -> {
                    try (var rows = events.streamStamped(filter, policy.visibility())) {
                        return writer.write(rows);
                    }
                });
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long count(EventFilter filter) {
        return events.countMatching(filter, policy.visibility());
    }

    /**
     * The events to draw on a timeline, in date order, with the platforms of their measures: the latest
     * {@code limit} of those the filter selects.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<TimelineEvent> timeline(EventFilter filter, int limit) {
        List<EventRow> rows = new ArrayList<>(events.search(filter, policy.visibility(),
                PageRequest.of(0, limit, LATEST_FIRST)));
        Collections.reverse(rows);
        Map<Long, List<String>> platforms = export.platformsOf(rows, filter.asOf());
        List<TimelineEvent> drawn = new ArrayList<>(rows.size());
        for (EventRow row : rows) {
            drawn.add(new TimelineEvent(row, platforms.getOrDefault(row.measureId(), List.of())));
        }
        return drawn;
    }

    /**
     * Expected events whose date falls within the next {@code days} days (today included), soonest first; steps that
     * did not happen are not awaited any more. For a filter as of a past moment, the events then, due from that day.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<EventRow> upcoming(EventFilter filter, int days, int limit) {
        LocalDate today = InForce.day(filter.asOf(), clock);
        return events.search(filter.expectedBetween(today, today.plusDays(days)), policy.visibility(),
                PageRequest.of(0, limit, BY_DATE));
    }

    /** The latest date among the events that happened, as precise as it is known, by the jurisdiction of their measures. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<MeasureCounts.LatestEvent> latestHappenedByJurisdiction(EventFilter filter) {
        return events.latestByJurisdiction(filter.withExpected(false), policy.visibility());
    }

    /** The latest date among the events that happened, as precise as it is known, by the platforms their measures affect. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<MeasureCounts.LatestEvent> latestHappenedByPlatform(EventFilter filter) {
        return events.latestByPlatform(filter.withExpected(false), policy.visibility());
    }

    /**
     * Writes the events the caller may see that match the filter, in the given order, as CSV (see
     * {@link EventExport} for the columns), streaming them from the database. The security log notes who
     * downloaded how many rows with which filter.
     *
     * @return how many events were written
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long exportCsv(EventFilter filter, Sort sort, OutputStream out) throws IOException {
        return securityLog.export(EXPORT_NAME, filter.inWords(platforms.namesOf(filter.platformIds())), () -> {
            // Unsorted, the grid shows rows in the database's order; following the primary key lets the database
            // stream them from its index instead of sorting a million rows first.
            try (var rows = events.stream(filter, policy.visibility(), sort.isSorted() ? sort : Sort.by("id"))) {
                return export.write(rows, filter.asOf(), out);
            }
        });
    }

    /** The measure's current status: the action and date of its latest event that happened. */
    private void refreshStatus(long measureId) {
        List<PolicyEvent> latest = events.findHappened(measureId, PageRequest.of(0, 1));
        if (latest.isEmpty()) {
            measures.setCurrentStatus(measureId, null, null, null);
        } else {
            PolicyEvent event = latest.getFirst();
            measures.setCurrentStatus(measureId, event.getAction(), event.getDay(), event.getPrecision());
        }
    }

    /** The state and scope of each of these measures as their rows hold them, by id. */
    private Map<Long, ItemScope> storedScopes(Collection<Long> measureIds) {
        Map<Long, ItemScope> scopes = new HashMap<>();
        for (Object[] row : measures.findScopesByIds(measureIds)) {
            scopes.put((Long) row[0], new ItemScope((PublicationState) row[1], (String) row[2]));
        }
        return scopes;
    }

    /** The measure's state and scope as its row holds them. */
    private ItemScope storedScope(long measureId) {
        return measures.findScopeById(measureId)
                .orElseThrow(() -> new NoSuchElementException("There is no measure " + measureId + "."));
    }

    private static long idOf(@Nullable Long measureId) {
        if (measureId == null) {
            throw new IllegalArgumentException("An event belongs to a saved measure");
        }
        return measureId;
    }
}
