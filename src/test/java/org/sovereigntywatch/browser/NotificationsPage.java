package org.sovereigntywatch.browser;

import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The notifications page: its lines, newest first, each a message that opens its item. */
final class NotificationsPage {

    private final Ui ui;

    private NotificationsPage(Ui ui) {
        this.ui = ui;
    }

    /** The notifications page {@code ui} shows (opened by the bell, say). */
    static NotificationsPage on(Ui ui) {
        ui.waitFor("the notifications page", () -> ui.path().equals("notifications"));
        return new NotificationsPage(ui);
    }

    /** The lines' texts as shown, newest first: what happened (and the comment that came with it). */
    List<String> lines() {
        return ui.grid().rows().stream().map(List::getFirst).toList();
    }

    /** Waits for a line holding {@code text}, and returns it. */
    String awaitLine(String text) {
        ui.grid().awaitRow(text);
        return lines().stream().filter(line -> line.contains(text)).findFirst().orElseThrow();
    }

    /**
     * Clicks the message of the line holding {@code text}, which opens its item (and marks it read). The message must
     * be in sight once scrolled to, as a person needs it to be to click it: the page's list has room for its lines.
     */
    void open(String text) {
        awaitLine(text);
        WebElement message = ui.waitFor("the message '" + text + "'", () -> ui.script("""
                return Array.from(document.querySelectorAll('vaadin-grid-cell-content .notification-line vaadin-button'))
                  .find(button => button.innerText.includes(arguments[0]) && button.checkVisibility()) || null;
                """, text));
        ui.script("arguments[0].scrollIntoView({block: 'center'})", message);
        assertThat(ui.script("""
                const box = arguments[0].getBoundingClientRect();
                const seen = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                return seen !== null && arguments[0].contains(seen);
                """, message)).as("the message '%s' is in sight on the notifications page, whose list is %s px tall"
                        + " in a window %s px tall", text,
                ui.script("return Math.round(document.querySelector('vaadin-grid').getBoundingClientRect().height)"),
                ui.script("return window.innerHeight")).isEqualTo(true);
        String from = ui.path();
        ui.click(message, "the message '" + text + "'");
        ui.waitFor("the item of '" + text + "' to open", () -> !ui.path().equals(from));
        ui.idle();
    }
}
