package org.sovereigntywatch.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.sovereigntywatch.notification.WatchService;
import org.sovereigntywatch.notification.WatchTarget;

/**
 * A star that adds an item to the signed-in user's watchlist and takes it off again: filled while watched. Its words
 * say what a click does, for screen readers and as a tooltip.
 */
public class WatchStar extends Button {

    private final WatchService watches;
    private final WatchTarget target;
    private final long id;
    private boolean watched;

    public WatchStar(WatchService watches, WatchTarget target, long id) {
        this.watches = watches;
        this.target = target;
        this.id = id;
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("watch-star");
        addClickListener(click -> toggle());
        show(watches.watches(target, id));
    }

    private void toggle() {
        if (watched) {
            watches.unwatch(target, id);
        } else {
            watches.watch(target, id);
        }
        show(!watched);
    }

    private void show(boolean watching) {
        watched = watching;
        setIcon((watching ? VaadinIcon.STAR : VaadinIcon.STAR_O).create());
        setText(getTranslation(watching ? "watch.watching" : "watch.watch"));
        setTooltipText(getTranslation(watching ? "watch.unwatch.tooltip" : "watch.watch.tooltip"));
        getElement().setAttribute("aria-pressed", String.valueOf(watching));
    }

    /** Whether the star shows the item as watched: for tests. */
    boolean isWatched() {
        return watched;
    }
}
