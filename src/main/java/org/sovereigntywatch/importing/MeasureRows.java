package org.sovereigntywatch.importing;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.TitleKey;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyArea;
import org.sovereigntywatch.timeline.PolicyMeasure;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The measure a row names, for the measures and the events imports alike: matched by jurisdiction and title (ignoring
 * case and spaces, as the measure form's duplicate warning does), or made new from the row's measure columns and
 * recorded as a draft with its first row that is written. Every row naming one measure gets the same one.
 */
final class MeasureRows {

    /** The names of a measure's fields in one kind of file: the events file prefixes the title. */
    record Fields(String title, String jurisdiction, String platforms, String policyArea, String instrument,
                  String binding, @Nullable String summary) {
    }

    /** The measure a row names, and whether it is new (planned by an earlier row or this one) or recorded. */
    record Named(PolicyMeasure measure, boolean isNew) {
    }

    private final MeasureService measures;
    private final EditorialPolicy policy;
    private final Validator validator;
    private final Map<String, PolicyMeasure> met = new HashMap<>();

    MeasureRows(MeasureService measures, EditorialPolicy policy, Validator validator) {
        this.measures = measures;
        this.policy = policy;
        this.validator = validator;
    }

    /**
     * The measure the row names, or {@code null} with the row's problems said: a title and a jurisdiction are
     * needed to name one, and a new one is checked as the measure form checks it.
     */
    @Nullable Named read(ImportRow row, Fields fields, ImportPass pass) {
        String title = row.text(fields.title());
        Jurisdiction jurisdiction = pass.references().jurisdiction(row, fields.jurisdiction());
        if (title.isEmpty()) {
            row.problem(fields.title(), "Enter the measure's title.");
        }
        if (jurisdiction == null) {
            if (!row.has(fields.jurisdiction())) {
                row.problem(fields.jurisdiction(), "Enter the measure's jurisdiction.");
            }
            return null;
        }
        if (title.isEmpty()) {
            return null;
        }
        String key = jurisdiction.getCode() + "\n" + TitleKey.of(title);
        PolicyMeasure known = met.computeIfAbsent(key, k -> measures.likelyDuplicates(jurisdiction.getCode(), title,
                null).stream().findFirst().orElse(null));
        if (known != null) {
            compare(row, fields, known);
            return new Named(known, known.isNew());
        }
        PolicyMeasure planned = planned(row, fields, title, jurisdiction, pass);
        if (planned == null) {
            return null;
        }
        met.put(key, planned);
        return new Named(planned, true);
    }

    private @Nullable PolicyMeasure planned(ImportRow row, Fields fields, String title, Jurisdiction jurisdiction,
                                            ImportPass pass) {
        if (!policy.mayCreate(jurisdiction.getCode())) {
            row.problem(fields.jurisdiction(), "You do not cover " + jurisdiction.getCode()
                    + ": only analysts covering it may record its measures.");
            return null;
        }
        PolicyMeasure measure = new PolicyMeasure(title);
        measure.setJurisdiction(jurisdiction);
        measure.setPlatforms(pass.references().platforms(row, fields.platforms()));
        PolicyArea area = row.choice(fields.policyArea(), PolicyArea.class, PolicyArea::label);
        if (area != null) {
            measure.setPolicyArea(area);
        }
        Instrument instrument = row.choice(fields.instrument(), Instrument.class, Instrument::label);
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
            row.notice("Measure '" + known.getTitle() + "' is recorded with the platforms "
                    + String.join(", ", known.getPlatforms().stream().map(Platform::getName).sorted().toList())
                    + ": left as recorded.");
        }
    }

    /** The measure, recorded first if it is new; the rows after this one then name the recorded one. */
    PolicyMeasure recorded(PolicyMeasure measure, ImportPass pass) {
        if (!measure.isNew()) {
            return measure;
        }
        PolicyMeasure saved = measures.create(measure);
        met.replaceAll((key, met) -> met == measure ? saved : met);
        pass.broughtIn(measures.kind(), saved.getId());
        return saved;
    }
}
