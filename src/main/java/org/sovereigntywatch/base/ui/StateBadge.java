package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.html.Span;
import org.sovereigntywatch.base.PublicationState;

/** A publication state as a small coloured label: Draft, In review, Published, Archived. */
public final class StateBadge {

    private StateBadge() {
    }

    public static Span of(PublicationState state) {
        Span badge = new Span(label(state));
        badge.getElement().setAttribute("class", classNames(state));
        return badge;
    }

    public static String label(PublicationState state) {
        String text = state.label();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The CSS classes of a state's badge, also for grid renderers that draw it in the browser. */
    public static String classNames(PublicationState state) {
        return "badge state-" + state.name().toLowerCase().replace('_', '-');
    }
}
