package org.sovereigntywatch.editorial.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import org.sovereigntywatch.base.ui.Badge;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.editorial.PublicationState;

import java.util.Locale;

/**
 * A publication state as a small coloured label: Draft, In review, Published, Archived (a {@link Badge}), in the user's
 * language.
 */
public final class StateBadge {

    private StateBadge() {
    }

    /** The state's label in the user's language: "In review", « En relecture ». */
    public static String label(PublicationState state) {
        return Translations.label(state);
    }

    /** The class that gives a state's badge its colour in styles.css: {@code state-in-review}. */
    public static String variant(PublicationState state) {
        return "state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Badge of(PublicationState state) {
        return new Badge(label(state), variant(state));
    }

    /** A grid column showing each row's state as a badge. */
    public static <T> LitRenderer<T> renderer(ValueProvider<T, PublicationState> state) {
        return Badge.renderer(row -> label(state.apply(row)), row -> variant(state.apply(row)));
    }

    /** The badge as HTML, for a piece of HTML the server writes. */
    public static String html(PublicationState state) {
        return Badge.html(label(state), variant(state));
    }
}
