package org.sovereigntywatch.importing;

import org.sovereigntywatch.base.NewItemValidator;
import org.sovereigntywatch.base.TitleKey;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceCell;
import org.sovereigntywatch.timeline.DatePrecision;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.EventStatus;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyArea;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.sovereigntywatch.importing.ImportField.choice;
import static org.sovereigntywatch.importing.ImportField.optional;
import static org.sovereigntywatch.importing.ImportField.required;

/**
 * Policy events, one per row, in the events CSV's columns: each with its measure, matched by jurisdiction and title
 * or recorded as a new draft from the row's measure columns. An event is the same as a recorded one of its measure
 * with the same date (as precise) and action.
 */
@Component
class EventImporter extends KindImporter {

    private static final MeasureRows.Fields MEASURE = new MeasureRows.Fields("measure_title", "jurisdiction",
            "platforms", "policy_area", "instrument", "binding", null);

    private static final ImportField ACTION = choice("action", true, EventAction.class, "step", "etape", "event type",
            "type d'evenement", "type");

    private static final List<ImportField> FIELDS = List.of(
            required("date", "event date", "date de l'evenement", "when", "quand", "day", "jour"),
            choice("date_precision", false, DatePrecision.class, "precision", "precision de la date"),
            choice("status", false, EventStatus.class, "statut", "event status"),
            ACTION,
            required("summary", "event", "evenement", "description", "resume", "what happened",
                    "details", "detail"),
            required("measure_title", "measure", "mesure", "policy", "politique", "law", "loi",
                    "title", "titre"),
            required("jurisdiction", "country", "pays", "juridiction", "jurisdiction code",
                    "code pays", "state", "etat"),
            optional("platforms", "platform", "plateforme", "plateformes", "app", "apps", "applis", "applications",
                    "service"),
            choice("policy_area", false, PolicyArea.class, "area", "domaine"),
            choice("instrument", false, Instrument.class, "instrument type"),
            optional("binding", "contraignant"),
            optional("sources", "source", "citation", "citations", "url", "urls", "link", "links",
                    "lien", "liens", "reference", "references"));

    private static final Set<String> NOT_IMPORTED = Set.of("event_id", "period_start", "period_end", "measure_id",
            "measure_state");

    private static final Map<String, String> COLUMNS = Map.of("periodStart", "date", "periodEnd", "date",
            "precision", "date_precision", "action", "action", "summary", "summary", "sources", "sources");

    private final MeasureService measures;
    private final EventService events;
    private final EditorialPolicy policy;
    private final NewItemValidator validator;
    private final Clock clock;

    EventImporter(MeasureService measures, EventService events, EditorialPolicy policy, NewItemValidator validator,
                  Clock clock) {
        super(ImportKind.EVENTS, FIELDS, NOT_IMPORTED);
        this.measures = measures;
        this.events = events;
        this.policy = policy;
        this.validator = validator;
        this.clock = clock;
    }

    /** What the rows of one pass share: the recorded events of the measures met so far, and the events to write. */
    private static final class Steps {
        final Map<Long, Map<String, PolicyEvent>> recorded = new HashMap<>();
        final List<PolicyEvent> pending = new ArrayList<>();
    }

    private MeasureRows measureRows(ImportPass pass) {
        return pass.shared(MeasureRows.class, () -> new MeasureRows(measures, policy, validator));
    }

    private static Steps steps(ImportPass pass) {
        return pass.shared(Steps.class, Steps::new);
    }

    private static String key(PolicyDate date, EventAction action) {
        return date.iso() + " " + action;
    }

    /** The recorded sources, measures and steps the chunk's rows name, in a few queries. */
    @Override
    void prefetch(List<ImportRow> rows, ImportPass pass) {
        pass.sources().prefetch(rows, "sources");
        MeasureRows measureRows = measureRows(pass);
        measureRows.prefetch(rows, MEASURE, pass);
        Steps steps = steps(pass);
        Set<Long> unmet = new HashSet<>();
        for (ImportRow row : rows) {
            measureRows.recordedMeasureOf(row, MEASURE, pass).ifPresent(measure -> {
                if (!steps.recorded.containsKey(measure.getId())) {
                    unmet.add(measure.getId());
                }
            });
        }
        if (!unmet.isEmpty()) {
            unmet.forEach(id -> steps.recorded.put(id, new HashMap<>()));
            for (PolicyEvent event : events.eventsOfAll(unmet)) {
                steps.recorded.get(event.getMeasure().getId())
                        .putIfAbsent(key(Objects.requireNonNull(event.getDate()), event.getAction()), event);
            }
        }
    }

    @Override
    RowOutcome read(ImportRow row, ImportPass pass) {
        MeasureRows measureRows = measureRows(pass);
        MeasureRows.Named named = measureRows.read(row, MEASURE, pass);
        PolicyDate date = row.policyDate("date", "date_precision");
        if (!row.has("date")) {
            row.problem("date", "import.row.date.missing");
        }
        EventAction action = row.choice("action", EventAction.class);
        if (action == null && !row.hasProblems()) {
            row.problem("action", "import.row.action.missing", new ImportField.Choices(EventAction.class));
        }
        EventStatus status = row.choice("status", EventStatus.class);
        Set<Source> cited = pass.sources().read(row, "sources");
        if (named == null || date == null || action == null) {
            return RowOutcome.ERROR;
        }
        PolicyMeasure measure = named.measure();
        if (!named.isNew() && !policy.mayEdit(measure.getState(), measure.scope())) {
            row.problem(MEASURE.title(), "import.row.measure.not-editable", measure.getTitle(), measure.getState());
            return RowOutcome.ERROR;
        }
        String key = key(date, action);
        if (pass.isRepeat(row, "import.row.repeat.event", measure.scope() + "\n" + TitleKey.of(measure.getTitle())
                + "\n" + key)) {
            return RowOutcome.ERROR;
        }
        PolicyEvent event = new PolicyEvent(measure, date, action, row.text("summary"));
        EventStatus given = status != null ? status
                : date.isBefore(LocalDate.now(clock)) ? EventStatus.HAPPENED : EventStatus.EXPECTED;
        event.setExpected(given != EventStatus.HAPPENED);
        event.setCancelled(given == EventStatus.CANCELLED);
        event.setSources(cited);
        row.refusals(validator.validate(event), COLUMNS);
        if (row.hasProblems()) {
            return RowOutcome.ERROR;
        }
        PolicyEvent recorded = measure.isNew() ? null
                : steps(pass).recorded.getOrDefault(measure.getId(), Map.of()).get(key);
        if (recorded != null) {
            return compare(row, event, recorded);
        }
        if (pass.writes()) {
            measureRows.record(measure);
            pass.sources().cite(cited);
            steps(pass).pending.add(event);
        }
        return RowOutcome.NEW;
    }

    /** Adds the queued steps to their measures, in one batch. */
    @Override
    void write(ImportPass pass) {
        Steps steps = steps(pass);
        if (!steps.pending.isEmpty()) {
            // Steps have no page of their own to say which import brought them: their measure's page says it.
            events.addAll(List.copyOf(steps.pending));
            steps.pending.clear();
        }
    }

    /** A recorded step is left as it is; what the row says otherwise is noted. */
    private static RowOutcome compare(ImportRow row, PolicyEvent event, PolicyEvent recorded) {
        int before = row.notices().size();
        if (!event.getSummary().equals(recorded.getSummary())) {
            row.notice("import.notice.event.summary");
        }
        if (event.getStatus() != recorded.getStatus()) {
            row.notice("import.notice.event.status", recorded.getStatus(), event.getStatus());
        }
        if (!citations(event.getSources()).equals(citations(recorded.getSources()))) {
            row.notice("import.notice.event.sources");
        }
        return row.notices().size() == before ? RowOutcome.UNCHANGED : RowOutcome.MATCHED;
    }

    static Set<String> citations(Set<Source> sources) {
        return sources.stream().map(SourceCell::of).map(SourceCell::text).collect(Collectors.toCollection(TreeSet::new));
    }
}
