package org.sovereigntywatch.editorial.ui;

import org.sovereigntywatch.editorial.PublicationState;

/** A publication state as a small coloured label: Draft, In review, Published, Archived. */
public final class StateBadge {

    private StateBadge() {
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
