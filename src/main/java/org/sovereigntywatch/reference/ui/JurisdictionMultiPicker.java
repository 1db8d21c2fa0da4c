package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;

import java.util.Set;

/**
 * Any number of jurisdictions, searched by code or name as the user types ("US — United States"), fetched page by
 * page; for one, {@link JurisdictionPicker}.
 */
public class JurisdictionMultiPicker extends MultiSelectComboBox<Jurisdiction> {

    public JurisdictionMultiPicker(String label, JurisdictionService jurisdictions) {
        super(label);
        setItemLabelGenerator(Jurisdiction::label);
        setItems(ReferenceItems.jurisdictions(jurisdictions, null, Set.of()));
    }
}
