package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** A combo box over the platforms, fetched page by page as the user types a name, alias or operator. */
public class PlatformPicker extends ComboBox<Platform> {

    public PlatformPicker(@Nullable String label, PlatformService platforms) {
        super(label);
        setItemLabelGenerator(Platform::getName);
        setItems(query -> platforms.list(query.getFilter().orElse(""), toSpringPageRequest(query)).stream(),
                query -> (int) platforms.count(query.getFilter().orElse("")));
        setClearButtonVisible(true);
    }
}
