package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionFilter;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.reference.JurisdictionService;

import java.util.Set;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** A combo box over the jurisdictions, fetched page by page as the user types a code or a name. */
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
        setItemLabelGenerator(Jurisdiction::label);
        offerOnly(Set.of());
        setClearButtonVisible(true);
    }

    /**
     * Offers only the jurisdictions with these codes (all when empty): a scope field offers what the user covers.
     * A value chosen before, outside them, is still shown.
     */
    public void offerOnly(Set<String> codes) {
        setItems(query -> jurisdictions.list(filter(query.getFilter().orElse(""), codes), toSpringPageRequest(query))
                        .stream(),
                query -> (int) jurisdictions.count(filter(query.getFilter().orElse(""), codes)));
    }

    private JurisdictionFilter filter(String text, Set<String> codes) {
        return new JurisdictionFilter(text, level, codes);
    }
}
