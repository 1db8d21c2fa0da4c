package org.sovereigntywatch.browser;

import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bell in the header as a person reads it: the figure on it and the words a screen reader says ("Notifications:
 * 3 unread"). {@link #leftAlone} marks the page so that a rise in the count can be shown to have come by push: the
 * page neither reloaded nor moved to another view meanwhile, and nothing of the test sent a request from it.
 */
final class Bell {

    private static final Pattern LABEL = Pattern.compile("Notifications: (none|\\d+) unread");

    /** The view inside the app layout: a navigation replaces it, a reload replaces the whole document. */
    private static final String VIEW = "document.querySelector('vaadin-app-layout > :not([slot])')";

    private final Ui ui;
    /** The mark left on the page by {@link #leftAlone}, or null. */
    private final String mark;
    private final String path;

    private Bell(Ui ui, String mark) {
        this.ui = ui;
        this.mark = mark;
        this.path = ui.path();
    }

    /** The bell of the page {@code ui} shows. */
    static Bell of(Ui ui) {
        ui.idle();
        return new Bell(ui, null);
    }

    /**
     * The bell of the page {@code ui} shows, on a page the test leaves as it is from now on: marked in the window and
     * on its view, so {@link #awaitRiseAbove} can tell it was not reloaded nor navigated away from.
     */
    static Bell leftAlone(Ui ui) {
        ui.idle();
        String mark = UUID.randomUUID().toString();
        ui.waitFor("the view in the app layout", () -> ui.script("return " + VIEW));
        ui.script("window.__bellMark = arguments[0]; " + VIEW + ".setAttribute('data-bell-mark', arguments[0]);", mark);
        return new Bell(ui, mark);
    }

    WebElement element() {
        return ui.waitFor("the bell in the header", () -> ui.script("return document.querySelector('vaadin-button.app-bell')"));
    }

    /**
     * How many unread notifications the bell says there are, checking its figure says the same. Both are read in one
     * script, so a push landing between two reads cannot make them disagree.
     */
    int unread() {
        List<?> shown = (List<?>) ui.script("""
                const count = arguments[0].querySelector('.app-bell-count');
                return [arguments[0].getAttribute('aria-label'),
                        count && count.checkVisibility() ? count.innerText.trim() : ''];
                """, element());
        String label = String.valueOf(shown.get(0));
        Matcher matcher = LABEL.matcher(label);
        assertThat(matcher.matches()).as("the bell's words: %s", label).isTrue();
        int unread = matcher.group(1).equals("none") ? 0 : Integer.parseInt(matcher.group(1));
        assertThat(String.valueOf(shown.get(1))).as("the figure on the bell, which says '%s'", label)
                .isEqualTo(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
        return unread;
    }

    /**
     * Waits until the bell counts more than {@code before}, reading the page only (no request leaves it), and then
     * checks the page was left alone: the figure came by push. Returns the new count.
     */
    int awaitRiseAbove(int before) {
        assertThat(mark).as("a bell watched with Bell.leftAlone").isNotNull();
        ui.waitFor("the bell to count more than " + before + " unread, without a reload", () -> unread() > before);
        assertThat(ui.script("return window.__bellMark === arguments[0] && " + VIEW
                + ".getAttribute('data-bell-mark') === arguments[0]", mark))
                .as("the page was neither reloaded nor navigated while the bell rose").isEqualTo(true);
        assertThat(ui.path()).as("still on the page left open").isEqualTo(path);
        return unread();
    }

    /** Clicks the bell: the notifications page opens, or shows what is new if it was open already. */
    Ui open() {
        ui.click(element(), "the bell");
        ui.waitFor("the notifications page", () -> ui.path().equals("notifications"));
        return ui.idle();
    }
}
