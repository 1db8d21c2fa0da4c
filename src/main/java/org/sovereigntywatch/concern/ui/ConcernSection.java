package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.Component;
import org.sovereigntywatch.base.FeatureApi;

/**
 * A section another feature adds below a concern's form, as a Spring bean: timelines add the measures bearing on the
 * concern. The concern page shows every such section without knowing the features that offer them, so the register
 * does not depend on what refers to it.
 */
@FeatureApi
public interface ConcernSection {

    /** The section for a saved concern the user may see, built anew for each page. */
    Component build(long concernId);

    /** Whether the section goes above the form, as a notice that asks for attention, rather than below it. */
    default boolean onTop() {
        return false;
    }
}
