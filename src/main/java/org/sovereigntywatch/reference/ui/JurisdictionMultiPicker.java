package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import org.sovereigntywatch.base.ui.ComponentTexts;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Any number of jurisdictions, searched by code or name (in English or the user's language) as the user
 * types, shown with the name in the user's language ("US — United States", « DE — Allemagne »), fetched page by
 * page; for one, {@link JurisdictionPicker}.
 */
public class JurisdictionMultiPicker extends MultiSelectComboBox<Jurisdiction> {

    public JurisdictionMultiPicker(String label, JurisdictionService jurisdictions) {
        super(label);
        ComponentTexts.translated(this);
        setItemLabelGenerator(jurisdiction -> jurisdiction.label(getLocale()));
        setItems(ReferenceItems.jurisdictions(jurisdictions, null, Set.of(), this::getLocale));
    }

    /** The codes of the jurisdictions chosen, as filters take them. */
    public Set<String> chosenCodes() {
        return getValue().stream().map(Jurisdiction::getCode).collect(Collectors.toSet());
    }
}
