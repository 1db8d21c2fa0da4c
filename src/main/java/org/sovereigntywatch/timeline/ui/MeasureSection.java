package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.Component;
import org.sovereigntywatch.base.FeatureApi;

/**
 * A section another feature adds below a measure's own sections, as a Spring bean: imports say which import brought
 * the measure in. The measure page shows every such section without knowing the features that offer them, as the
 * concern page does with {@link org.sovereigntywatch.concern.ui.ConcernSection}.
 */
@FeatureApi
public interface MeasureSection {

    /** The section for a saved measure the user may see, built anew for each page. */
    Component build(long measureId);
}
