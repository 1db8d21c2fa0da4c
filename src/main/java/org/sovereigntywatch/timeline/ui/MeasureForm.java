package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.sovereigntywatch.base.ui.EntityForm;
import org.sovereigntywatch.base.ui.TextLimit;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.reference.ui.JurisdictionPicker;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.PolicyArea;
import org.sovereigntywatch.timeline.PolicyMeasure;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** Records or edits a policy measure; its events, links and concerns are edited in the sections below it. */
class MeasureForm extends EntityForm<PolicyMeasure> {

    final TextField title = new TextField("Title");
    final JurisdictionPicker jurisdiction;
    final MultiSelectComboBox<Platform> platforms = new MultiSelectComboBox<>("Platforms affected");
    final Select<PolicyArea> policyArea = new Select<>();
    final Select<Instrument> instrument = new Select<>();
    final Checkbox binding = new Checkbox("Binding");
    final TextArea summary = new TextArea("Summary");

    MeasureForm(JurisdictionService jurisdictions, PlatformService platformService) {
        super(PolicyMeasure.class);
        jurisdiction = new JurisdictionPicker("Jurisdiction", jurisdictions);
        TextLimit.apply(title, PolicyMeasure.TITLE_MAX);
        platforms.setItemLabelGenerator(Platform::getName);
        platforms.setItems(query -> platformService.list(query.getFilter().orElse(""), toSpringPageRequest(query))
                .stream());
        policyArea.setLabel("Policy area");
        policyArea.setItems(PolicyArea.values());
        policyArea.setItemLabelGenerator(PolicyArea::label);
        instrument.setLabel("Instrument");
        instrument.setItems(Instrument.values());
        instrument.setItemLabelGenerator(Instrument::label);
        binding.setTooltipText("Legally enforceable, as opposed to guidance or a proposal");
        TextLimit.apply(summary, PolicyMeasure.SUMMARY_MAX);
        binder.bindInstanceFields(this);
        fields.setMaxColumns(2);
        fields.add(title, jurisdiction, platforms, policyArea, instrument, binding, summary);
        fields.setColspan(title, 2);
        fields.setColspan(summary, 2);
    }
}
