package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.sovereigntywatch.base.ui.EntityForm;
import org.sovereigntywatch.base.ui.TextLimit;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.JurisdictionService;

/** Adds or renames a jurisdiction; the code is fixed once saved. */
class JurisdictionForm extends EntityForm<Jurisdiction> {

    final TextField code = new TextField(getTranslation("common.code"));
    final TextField name = new TextField(getTranslation("common.name"));
    final Select<JurisdictionLevel> level = new Select<>();
    final JurisdictionPicker parent;

    JurisdictionForm(JurisdictionService jurisdictions) {
        super(Jurisdiction.class);
        parent = new JurisdictionPicker(getTranslation("jurisdiction.parent"), jurisdictions,
                JurisdictionLevel.NATIONAL);
        code.setHelperText(getTranslation("jurisdiction.form.code.helper"));
        name.setHelperText(getTranslation("jurisdiction.form.name.helper"));
        TextLimit.apply(code, Jurisdiction.CODE_MAX);
        TextLimit.apply(name, Jurisdiction.NAME_MAX);
        level.setLabel(getTranslation("jurisdiction.level"));
        level.setItems(JurisdictionLevel.values());
        level.setItemLabelGenerator(Translations::label);
        parent.setHelperText(getTranslation("jurisdiction.form.parent.helper"));
        binder.bindInstanceFields(this);
        fields.add(code, name, level, parent);
    }

    @Override
    protected void onEdit(Jurisdiction jurisdiction) {
        code.setReadOnly(!jurisdiction.isNew());
    }
}
