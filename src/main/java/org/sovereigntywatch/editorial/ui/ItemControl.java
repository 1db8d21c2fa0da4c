package org.sovereigntywatch.editorial.ui;

import com.vaadin.flow.component.Component;
import org.sovereigntywatch.base.FeatureApi;

import java.util.Optional;

/**
 * A control another feature adds at the top of every item page, as a Spring bean: notifications add the watch star.
 * The item page shows it for a saved item as it now is, without knowing the feature.
 */
@FeatureApi
public interface ItemControl {

    /**
     * The control for this saved item, which the user may see, built anew for each page; empty for none.
     *
     * @param kind the item's kind, as its service names it ("concern")
     */
    Optional<Component> build(String kind, long id);
}
