package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;

import java.util.Set;

/**
 * One platform, searched by name, another name or operator as the user types, fetched page by page; for several,
 * {@link PlatformMultiPicker}.
 */
public class PlatformPicker extends ComboBox<Platform> {

    public PlatformPicker(@Nullable String label, PlatformService platforms) {
        super(label);
        setItemLabelGenerator(Platform::getName);
        setItems(ReferenceItems.platforms(platforms));
        setClearButtonVisible(true);
    }

    /** The id of the platform chosen as a set, as filters take it: empty when none is. */
    public Set<Long> chosenIds() {
        Platform chosen = getValue();
        return chosen == null ? Set.of() : Set.of(chosen.getId());
    }
}
