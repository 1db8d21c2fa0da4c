package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.page.ExtendedClientDetails;

/**
 * A register's filters, in a section the user can fold away. It starts open, except on a phone-sized window, where
 * the filters would otherwise push the rows off the screen. A register's own filter bar extends it: it makes its
 * fields, {@linkplain #addFilters adds} them, and says what filter they make together.
 */
public class FilterBar extends Composite<Details> {

    static final int NARROW_WINDOW_PX = 700;

    private final Div content = new Div();

    public FilterBar(Component... filters) {
        content.addClassName("filters");
        content.add(filters);
        Details details = getContent();
        details.setSummaryText(getTranslation("base.filters"));
        details.add(content);
        details.addClassName("filter-bar");
        details.setOpened(!narrowWindow());
    }

    /** Adds filters after those given to the constructor, in the order shown. */
    protected void addFilters(Component... filters) {
        content.add(filters);
    }

    /** Runs {@code onChange} whenever one of these filters changes, by the user or from the address. */
    protected static void whenChanged(Runnable onChange, HasValue<?, ?>... filters) {
        for (HasValue<?, ?> filter : filters) {
            filter.addValueChangeListener(change -> onChange.run());
        }
    }

    private static boolean narrowWindow() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails browser = ui == null ? null : ui.getPage().getExtendedClientDetails();
        return browser != null && browser.getWindowInnerWidth() > 0 && browser.getWindowInnerWidth() < NARROW_WINDOW_PX;
    }
}
