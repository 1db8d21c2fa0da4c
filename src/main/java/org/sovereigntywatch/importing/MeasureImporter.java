package org.sovereigntywatch.importing;

import org.sovereigntywatch.base.NewItemValidator;
import org.sovereigntywatch.base.TitleKey;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyArea;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

import static org.sovereigntywatch.importing.ImportField.choice;
import static org.sovereigntywatch.importing.ImportField.optional;
import static org.sovereigntywatch.importing.ImportField.required;

/**
 * Measures without their steps, one per row: the events CSV's measure columns, with {@code title} for the measure's
 * title (the events CSV's {@code measure_title} is understood too) and a {@code summary}. A measure is the same as a
 * recorded one of its jurisdiction titled the same but for case and spaces.
 */
@Component
class MeasureImporter extends KindImporter {

    private static final MeasureRows.Fields MEASURE = new MeasureRows.Fields("title", "jurisdiction", "platforms",
            "policy_area", "instrument", "binding", "summary");

    private static final List<ImportField> FIELDS = List.of(
            required("title", "measure_title", "measure", "mesure", "titre", "policy", "law", "loi"),
            required("jurisdiction", "country", "pays", "juridiction", "jurisdiction code",
                    "state", "etat"),
            required("platforms", "platform", "plateforme", "plateformes", "app", "apps", "applis",
                    "applications"),
            choice("policy_area", false, PolicyArea.class, "area", "domaine"),
            choice("instrument", false, Instrument.class, "instrument type", "type"),
            optional("binding", "contraignant"),
            optional("summary", "description", "resume", "details"));

    private static final Set<String> NOT_IMPORTED = Set.of("id", "measure_id", "state", "measure_state",
            "current_status", "created_by", "created_at", "modified_by", "modified_at");

    private final MeasureService measures;
    private final EditorialPolicy policy;
    private final NewItemValidator validator;

    MeasureImporter(MeasureService measures, EditorialPolicy policy, NewItemValidator validator) {
        super(ImportKind.MEASURES, FIELDS, NOT_IMPORTED);
        this.measures = measures;
        this.policy = policy;
        this.validator = validator;
    }

    private MeasureRows measureRows(ImportPass pass) {
        return pass.shared(MeasureRows.class, () -> new MeasureRows(measures, policy, validator));
    }

    @Override
    void prefetch(List<ImportRow> rows, ImportPass pass) {
        measureRows(pass).prefetch(rows, MEASURE, pass);
    }

    @Override
    RowOutcome read(ImportRow row, ImportPass pass) {
        MeasureRows measureRows = measureRows(pass);
        MeasureRows.Named named = measureRows.read(row, MEASURE, pass);
        if (named == null || row.hasProblems()) {
            return RowOutcome.ERROR;
        }
        PolicyMeasure measure = named.measure();
        if (pass.isRepeat(row, "import.row.repeat.measure", measure.scope() + "\n"
                + TitleKey.of(measure.getTitle()))) {
            return RowOutcome.ERROR;
        }
        if (!named.isNew()) {
            return compare(row, measure);
        }
        if (pass.writes()) {
            measureRows.record(measure);
        }
        return RowOutcome.NEW;
    }

    /** A recorded measure is left as it is; the fields the row gives otherwise are noted. */
    private static RowOutcome compare(ImportRow row, PolicyMeasure recorded) {
        String summary = row.optionalText("summary");
        if (summary != null && !summary.equals(recorded.getSummary())) {
            row.notice("import.notice.measure.summary", String.valueOf(recorded.getId()));
        }
        PolicyArea area = row.choice("policy_area", PolicyArea.class);
        Instrument instrument = row.choice("instrument", Instrument.class);
        if (area != null && area != recorded.getPolicyArea()
                || instrument != null && instrument != recorded.getInstrument()
                || row.has("binding") && row.yesNo("binding", true) != recorded.isBinding()) {
            row.notice(recorded.isBinding() ? "import.notice.measure.kind.binding"
                            : "import.notice.measure.kind.not-binding", String.valueOf(recorded.getId()),
                    recorded.getPolicyArea(), recorded.getInstrument());
        }
        return row.notices().isEmpty() ? RowOutcome.UNCHANGED : RowOutcome.MATCHED;
    }
}
