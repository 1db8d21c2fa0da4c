package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;

import java.util.Set;
import java.util.stream.Collectors;

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

    /** The codes of the jurisdictions chosen, as filters take them. */
    public Set<String> chosenCodes() {
        return getValue().stream().map(Jurisdiction::getCode).collect(Collectors.toSet());
    }
}
