package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionFilter;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.reference.JurisdictionService;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** A combo box over the jurisdictions, fetched page by page as the user types a code or a name. */
public class JurisdictionPicker extends ComboBox<Jurisdiction> {

    public JurisdictionPicker(@Nullable String label, JurisdictionService jurisdictions) {
        this(label, jurisdictions, null);
    }

    /** Offers only jurisdictions of {@code level}, or all when it is null. */
    public JurisdictionPicker(@Nullable String label, JurisdictionService jurisdictions, @Nullable JurisdictionLevel level) {
        super(label);
        setItemLabelGenerator(Jurisdiction::label);
        setItems(query -> jurisdictions
                .list(new JurisdictionFilter(query.getFilter().orElse(""), level), toSpringPageRequest(query)).stream(),
                query -> (int) jurisdictions.count(new JurisdictionFilter(query.getFilter().orElse(""), level)));
        setClearButtonVisible(true);
    }
}
