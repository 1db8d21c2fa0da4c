package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.sovereigntywatch.base.ui.EntityForm;
import org.sovereigntywatch.base.ui.TextLimit;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.JurisdictionService;

/** Adds or renames a jurisdiction; the code is fixed once saved. */
class JurisdictionForm extends EntityForm<Jurisdiction> {

    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final Select<JurisdictionLevel> level = new Select<>();
    final JurisdictionPicker parent;

    JurisdictionForm(JurisdictionService jurisdictions) {
        super(Jurisdiction.class);
        parent = new JurisdictionPicker("Parent country", jurisdictions, JurisdictionLevel.NATIONAL);
        code.setHelperText("ISO 3166-1 (US), EU, or ISO 3166-2 for a region (US-MT)");
        TextLimit.apply(code, Jurisdiction.CODE_MAX);
        TextLimit.apply(name, Jurisdiction.NAME_MAX);
        level.setLabel("Level");
        level.setItems(JurisdictionLevel.values());
        level.setItemLabelGenerator(JurisdictionLevel::label);
        parent.setHelperText("Only for a subnational jurisdiction");
        binder.bindInstanceFields(this);
        fields.add(code, name, level, parent);
    }

    @Override
    protected void onEdit(Jurisdiction jurisdiction) {
        code.setReadOnly(!jurisdiction.isNew());
    }
}
