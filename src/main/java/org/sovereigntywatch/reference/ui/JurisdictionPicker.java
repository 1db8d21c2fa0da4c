package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.JurisdictionService;

import java.util.Set;

/**
 * One jurisdiction, searched by code or name (in English or the user's language) as the user types,
 * shown with the name in the user's language ("US — United States", « DE — Allemagne »), fetched page by page; for
 * several, {@link JurisdictionMultiPicker}.
 */
public class JurisdictionPicker extends ComboBox<Jurisdiction> {

    private final JurisdictionService jurisdictions;
    private final @Nullable JurisdictionLevel level;

    public JurisdictionPicker(@Nullable String label, JurisdictionService jurisdictions) {
        this(label, jurisdictions, null);
    }

    /** Offers only jurisdictions of {@code level}, or all when it is null. */
    public JurisdictionPicker(@Nullable String label, JurisdictionService jurisdictions, @Nullable JurisdictionLevel level) {
        super(label);
        this.jurisdictions = jurisdictions;
        this.level = level;
        setItemLabelGenerator(jurisdiction -> jurisdiction.label(getLocale()));
        offerOnly(Set.of());
        setClearButtonVisible(true);
    }

    /** The code of the jurisdiction chosen as a set, as filters take it: empty when none is. */
    public Set<String> chosenCodes() {
        Jurisdiction chosen = getValue();
        return chosen == null ? Set.of() : Set.of(chosen.getCode());
    }

    /**
     * Offers only the jurisdictions with these codes (all when empty): a scope field offers what the user covers.
     * A value chosen before, outside them, is still shown.
     */
    public void offerOnly(Set<String> codes) {
        setItems(ReferenceItems.jurisdictions(jurisdictions, level, codes, this::getLocale));
    }
}
