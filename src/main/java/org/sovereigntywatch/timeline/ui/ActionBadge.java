package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import org.sovereigntywatch.base.ui.Badge;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventRow;

import java.util.Locale;

/**
 * An event's action as a {@link Badge} in the colour of the action's family, hollow while the step is only expected.
 * The family's class colours the timeline's markers and the legend's swatches too: styles.css gives each family its
 * {@code --event-colour}.
 */
final class ActionBadge {

    private ActionBadge() {
    }

    /** The class that colours anything drawn for an action of this family: {@code family-in_force}. */
    static String familyClass(EventAction.Family family) {
        return "family-" + family.name().toLowerCase(Locale.ROOT);
    }

    static String variant(EventAction action, boolean expected) {
        return "action " + familyClass(action.family()) + (expected ? " expected" : "");
    }

    /** A grid column showing each event's action as a badge. */
    static LitRenderer<EventRow> renderer() {
        return Badge.renderer(row -> Translations.label(row.action()), row -> variant(row.action(), row.expected()));
    }
}
