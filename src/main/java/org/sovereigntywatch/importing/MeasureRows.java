package org.sovereigntywatch.importing;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.NewItemValidator;
import org.sovereigntywatch.base.TitleKey;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyArea;
import org.sovereigntywatch.timeline.PolicyMeasure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The measure a row names, for the measures and the events imports alike: matched by jurisdiction and title (ignoring
 * case and spaces, as the measure form's duplicate warning does), or made new from the row's measure columns and
 * recorded as a draft at the end of the chunk of its first row that is written. Every row naming one measure gets the
 * same one. Recorded measures are looked up a chunk of rows at a time.
 */
final class MeasureRows implements ImportPass.Pending {

    /** The names of a measure's fields in one kind of file: the events file prefixes the title. */
    record Fields(String title, String jurisdiction, String platforms, String policyArea, String instrument,
                  String binding, @Nullable String summary) {
    }

    /** The measure a row names, and whether it is new (planned by an earlier row or this one) or recorded. */
    record Named(PolicyMeasure measure, boolean isNew) {
    }

    private final MeasureService measures;
    private final EditorialPolicy policy;
    private final NewItemValidator validator;
    /** Every measure met so far by its key: recorded, planned, or none recorded (empty). */
    private final Map<String, Optional<PolicyMeasure>> met = new HashMap<>();
    private final List<PolicyMeasure> pending = new ArrayList<>();

    MeasureRows(MeasureService measures, EditorialPolicy policy, NewItemValidator validator) {
        this.measures = measures;
        this.policy = policy;
        this.validator = validator;
    }

    private static String key(String jurisdictionCode, String title) {
        return jurisdictionCode + "\n" + TitleKey.of(title);
    }

    /** Looks up, in one query, the recorded measures the rows name that were not met yet. */
    void prefetch(List<ImportRow> rows, Fields fields, ImportPass pass) {
        Set<String> codes = new HashSet<>();
        Set<String> titles = new HashSet<>();
        Set<String> unmet = new HashSet<>();
        for (ImportRow row : rows) {
            String title = row.text(fields.title());
            Optional<Jurisdiction> jurisdiction = pass.references().jurisdiction(row.text(fields.jurisdiction()));
            if (!title.isEmpty() && jurisdiction.isPresent()
                    && !met.containsKey(key(jurisdiction.get().getCode(), title))) {
                codes.add(jurisdiction.get().getCode());
                titles.add(title);
                unmet.add(key(jurisdiction.get().getCode(), title));
            }
        }
        if (unmet.isEmpty()) {
            return;
        }
        for (PolicyMeasure recorded : measures.likelyDuplicatesAmong(codes, titles)) {
            String key = key(recorded.scope(), recorded.getTitle());
            if (unmet.remove(key)) {
                met.put(key, Optional.of(recorded));
            }
        }
        unmet.forEach(key -> met.put(key, Optional.empty()));
    }

    /** The recorded measure a row names, if it names one met already: whose steps the row may match. */
    Optional<PolicyMeasure> recordedMeasureOf(ImportRow row, Fields fields, ImportPass pass) {
        String title = row.text(fields.title());
        return pass.references().jurisdiction(row.text(fields.jurisdiction()))
                .flatMap(jurisdiction -> met.getOrDefault(key(jurisdiction.getCode(), title), Optional.empty()))
                .filter(measure -> !measure.isNew());
    }

    /**
     * The measure the row names, or {@code null} with the row's problems said: a title and a jurisdiction are
     * needed to name one, and a new one is checked as the measure form checks it.
     */
    @Nullable Named read(ImportRow row, Fields fields, ImportPass pass) {
        String title = row.text(fields.title());
        Jurisdiction jurisdiction = pass.references().jurisdiction(row, fields.jurisdiction());
        if (title.isEmpty()) {
            row.problem(fields.title(), "import.row.measure.title-missing");
        }
        if (jurisdiction == null) {
            if (!row.has(fields.jurisdiction())) {
                row.problem(fields.jurisdiction(), "import.row.measure.jurisdiction-missing");
            }
            return null;
        }
        if (title.isEmpty()) {
            return null;
        }
        String key = key(jurisdiction.getCode(), title);
        PolicyMeasure known = met.computeIfAbsent(key, k -> measures.likelyDuplicates(jurisdiction.getCode(), title,
                null).stream().findFirst()).orElse(null);
        if (known != null) {
            compare(row, fields, known);
            return new Named(known, known.isNew());
        }
        PolicyMeasure planned = planned(row, fields, title, jurisdiction, pass);
        if (planned == null) {
            return null;
        }
        met.put(key, Optional.of(planned));
        return new Named(planned, true);
    }

    private @Nullable PolicyMeasure planned(ImportRow row, Fields fields, String title, Jurisdiction jurisdiction,
                                            ImportPass pass) {
        if (!policy.mayCreate(jurisdiction.getCode())) {
            row.problem(fields.jurisdiction(), "import.row.measure.not-covered", jurisdiction.getCode());
            return null;
        }
        PolicyMeasure measure = new PolicyMeasure(title);
        measure.setJurisdiction(jurisdiction);
        measure.setPlatforms(pass.references().platforms(row, fields.platforms()));
        PolicyArea area = row.choice(fields.policyArea(), PolicyArea.class);
        if (area != null) {
            measure.setPolicyArea(area);
        }
        Instrument instrument = row.choice(fields.instrument(), Instrument.class);
        if (instrument != null) {
            measure.setInstrument(instrument);
        }
        measure.setBinding(row.yesNo(fields.binding(), true));
        if (fields.summary() != null) {
            measure.setSummary(row.optionalText(fields.summary()));
        }
        int before = row.problems().size();
        row.refusals(validator.validate(measure), Map.of("title", fields.title(), "jurisdiction",
                fields.jurisdiction(), "platforms", fields.platforms(), "summary",
                Objects.requireNonNullElse(fields.summary(), fields.title())));
        return row.problems().size() == before ? measure : null;
    }

    /** A recorded measure is left as it is; what the row says otherwise is noted. */
    private static void compare(ImportRow row, Fields fields, PolicyMeasure known) {
        if (known.isNew() || !row.has(fields.platforms())) {
            return;
        }
        Set<String> named = row.values(fields.platforms()).stream().map(ImportField::key).collect(Collectors.toSet());
        Set<String> recorded = known.getPlatforms().stream().map(p -> ImportField.key(p.getName()))
                .collect(Collectors.toSet());
        if (!recorded.containsAll(named) && !named.isEmpty()) {
            row.notice("import.notice.measure.platforms", known.getTitle(),
                    String.join(", ", known.getPlatforms().stream().map(Platform::getName).sorted().toList()));
        }
    }

    /** Queues the measure, if new and not queued yet, to be recorded at the chunk's end. */
    void record(PolicyMeasure measure) {
        if (measure.isNew() && pending.stream().noneMatch(queued -> queued == measure)) {
            pending.add(measure);
        }
    }

    /** Records the queued measures as drafts, in one batch. */
    @Override
    public void write(ImportPass pass) {
        if (!pending.isEmpty()) {
            measures.createAll(List.copyOf(pending)).forEach(measure -> pass.broughtIn(measures.kind(),
                    measure.getId()));
            pending.clear();
        }
    }
}
