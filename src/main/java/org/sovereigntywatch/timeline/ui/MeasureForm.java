package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.sovereigntywatch.base.TitleKey;
import org.sovereigntywatch.base.ui.DuplicateWarning;
import org.sovereigntywatch.base.ui.EntityForm;
import org.sovereigntywatch.base.ui.TextLimit;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.reference.ui.JurisdictionPicker;
import org.sovereigntywatch.reference.ui.PlatformMultiPicker;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyArea;
import org.sovereigntywatch.timeline.PolicyMeasure;

import java.util.List;
import java.util.Objects;

/**
 * Records or edits a policy measure; its events, links and concerns are edited in the sections below it. Saving a
 * measure titled like one already recorded for its jurisdiction warns first, with a link to it.
 */
class MeasureForm extends EntityForm<PolicyMeasure> {

    final TextField title = new TextField(getTranslation("common.title"));
    final JurisdictionPicker jurisdiction;
    final PlatformMultiPicker platforms;
    final Select<PolicyArea> policyArea = new Select<>();
    final Select<Instrument> instrument = new Select<>();
    final Checkbox binding = new Checkbox(getTranslation("measure.form.binding"));
    final TextArea summary = new TextArea(getTranslation("common.summary"));
    final DuplicateWarning duplicates = new DuplicateWarning();
    private final MeasureService measures;

    MeasureForm(JurisdictionService jurisdictions, PlatformService platformService, MeasureService measures) {
        super(PolicyMeasure.class);
        this.measures = measures;
        jurisdiction = new JurisdictionPicker(getTranslation("common.jurisdiction"), jurisdictions);
        TextLimit.apply(title, PolicyMeasure.TITLE_MAX);
        platforms = new PlatformMultiPicker(getTranslation("measure.form.platforms"), platformService);
        policyArea.setLabel(getTranslation("measure.form.policy-area"));
        policyArea.setItems(PolicyArea.values());
        policyArea.setItemLabelGenerator(Translations::label);
        instrument.setLabel(getTranslation("measure.instrument"));
        instrument.setItems(Instrument.values());
        instrument.setItemLabelGenerator(Translations::label);
        binding.setTooltipText(getTranslation("measure.form.binding.tooltip"));
        TextLimit.apply(summary, PolicyMeasure.SUMMARY_MAX);
        binder.bindInstanceFields(this);
        fields.setMaxColumns(2);
        fields.add(title, jurisdiction, platforms, policyArea, instrument, binding, summary);
        fields.setColspan(title, 2);
        fields.setColspan(summary, 2);
        fields.add(duplicates);
        fields.setColspan(duplicates, 2);
    }

    @Override
    protected void onEdit(PolicyMeasure measure) {
        duplicates.clear();
    }

    /** A new measure, or one renamed or moved, titled like another of its jurisdiction stops the first save. */
    @Override
    protected boolean isValidBeyondBinder() {
        PolicyMeasure item = Objects.requireNonNull(getItem());
        Jurisdiction where = jurisdiction.getValue();
        String name = title.getValue().strip();
        if (where == null || name.isEmpty()) {
            duplicates.clear();
            return true;
        }
        List<String> values = List.of(where.getCode(), TitleKey.of(name));
        if (!item.isNew() && values.equals(List.of(item.scope(), TitleKey.of(item.getTitle())))) {
            // Editing anything but its title or jurisdiction does not warn.
            duplicates.clear();
            return true;
        }
        List<RouterLink> matches = measures.likelyDuplicates(where.getCode(), name, item.getId()).stream()
                .map(MeasureForm::link).toList();
        return duplicates.allowSave(values, getTranslation("measure.form.duplicates", where.getCode()), matches);
    }

    private static RouterLink link(PolicyMeasure measure) {
        String state = Translations.label(measure.getState()).toLowerCase(Translations.locale());
        return new RouterLink(Translations.text("measure.form.duplicate", measure.getTitle(), state),
                MeasureEditorView.class, new RouteParameters("id", String.valueOf(measure.getId())));
    }
}
