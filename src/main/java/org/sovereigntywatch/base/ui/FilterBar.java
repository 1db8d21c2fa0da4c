package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.page.ExtendedClientDetails;

/**
 * A register's filters, in a section the user can fold away. It starts open, except on a phone-sized window, where
 * the filters would otherwise push the rows off the screen.
 */
public class FilterBar extends Composite<Details> {

    static final int NARROW_WINDOW_PX = 700;

    public FilterBar(Component... filters) {
        Div content = new Div(filters);
        content.addClassName("filters");
        Details details = getContent();
        details.setSummaryText("Filters");
        details.add(content);
        details.addClassName("filter-bar");
        details.setOpened(!narrowWindow());
    }

    private static boolean narrowWindow() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails browser = ui == null ? null : ui.getPage().getExtendedClientDetails();
        return browser != null && browser.getWindowInnerWidth() > 0 && browser.getWindowInnerWidth() < NARROW_WINDOW_PX;
    }
}
