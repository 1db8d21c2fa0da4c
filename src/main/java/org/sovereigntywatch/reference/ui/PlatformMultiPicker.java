package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import org.sovereigntywatch.base.ui.ComponentTexts;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Any number of platforms, searched by name, another name or operator as the user types, fetched page by page; for
 * one, {@link PlatformPicker}.
 */
public class PlatformMultiPicker extends MultiSelectComboBox<Platform> {

    public PlatformMultiPicker(String label, PlatformService platforms) {
        super(label);
        ComponentTexts.translated(this);
        setItemLabelGenerator(Platform::getName);
        setItems(ReferenceItems.platforms(platforms));
    }

    /** The ids of the platforms chosen, as filters take them. */
    public Set<Long> chosenIds() {
        return getValue().stream().map(Platform::getId).collect(Collectors.toSet());
    }
}
