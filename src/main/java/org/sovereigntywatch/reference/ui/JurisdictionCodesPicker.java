package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import org.sovereigntywatch.base.ui.ComponentTexts;
import org.sovereigntywatch.reference.JurisdictionService;

/**
 * Any number of jurisdictions as their codes, for a value kept as codes (the jurisdictions a user covers): searched by
 * code or name (in English or the user's language) as the user types, shown by code, fetched page by page.
 */
public class JurisdictionCodesPicker extends MultiSelectComboBox<String> {

    public JurisdictionCodesPicker(String label, JurisdictionService jurisdictions) {
        super(label);
        ComponentTexts.translated(this);
        setItems(ReferenceItems.jurisdictionCodes(jurisdictions, this::getLocale));
    }
}
