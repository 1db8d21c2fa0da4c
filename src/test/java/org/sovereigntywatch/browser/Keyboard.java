package org.sovereigntywatch.browser;

import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;

/**
 * The keyboard alone: keys go to whatever has focus, as a person's would, and nothing is clicked. What has focus is
 * named as a screen reader would put it first: a field by its label, a button or link by its text.
 */
final class Keyboard {

    /** More Tab presses than any page here needs to reach anything: a control further away counts as unreachable. */
    static final int MOST_TABS = 60;

    /**
     * The name of the focused element, followed into shadow roots: the label of the Vaadin field it belongs to
     * (nearest label up the tree, across shadow boundaries), else its aria-label, title or text.
     */
    private static final String FOCUSED = """
            let element = document.activeElement;
            while (element && element.shadowRoot && element.shadowRoot.activeElement) {
              element = element.shadowRoot.activeElement;
            }
            if (!element || element === document.body) { return ''; }
            const words = (text) => (text || '').replace(/\\s+/g, ' ').trim();
            const ownHost = element.getRootNode().host;
            if (ownHost && ownHost.localName === 'vaadin-side-nav-item') { return words(ownHost.innerText); }
            for (let node = element; node; node = node.parentElement || (node.getRootNode() && node.getRootNode().host)) {
              if (node.localName && node.localName.startsWith('vaadin-') && typeof node.label === 'string'
                  && words(node.label)) {
                return words(node.label);
              }
              const named = node.getAttribute && (node.getAttribute('aria-label') || node.getAttribute('title'));
              if (named) { return words(named); }
              if (node.localName === 'vaadin-button' || node.localName === 'a' || node.localName === 'button'
                  || node.localName === 'vaadin-side-nav-item') {
                return words(node.innerText);
              }
            }
            return words(element.innerText) || element.localName;
            """;

    /** The text of the option an open drop-down (combo box, select, menu) has highlighted, or null. */
    private static final String HIGHLIGHTED_OPTION = """
            const found = [];
            const visit = (root) => {
              root.querySelectorAll('vaadin-combo-box-item, vaadin-multi-select-combo-box-item, vaadin-select-item, vaadin-item')
                  .forEach(item => found.push(item));
              root.querySelectorAll('*').forEach(element => { if (element.shadowRoot) visit(element.shadowRoot); });
            };
            visit(document);
            const item = found.find(item => item.checkVisibility()
                && (item.hasAttribute('focused') || item === document.activeElement));
            return item ? item.innerText.replace(/\\s+/g, ' ').trim() : null;
            """;

    private final Ui ui;

    Keyboard(Ui ui) {
        this.ui = ui;
    }

    /** Presses keys (text or {@link Keys}) on whatever has focus, then waits until Vaadin has answered. */
    Keyboard press(CharSequence... keys) {
        new Actions(ui.driver()).sendKeys(keys).perform();
        ui.idle();
        return this;
    }

    /** Types text into whatever has focus. */
    Keyboard type(String text) {
        return press(text);
    }

    /** The label or text of what has focus now ("" for none). */
    String focused() {
        return String.valueOf(ui.script(FOCUSED));
    }

    /**
     * Presses Tab until {@code name} has focus; fails, listing what was passed on the way, if it is not reached
     * within {@link #MOST_TABS} presses.
     */
    Keyboard tabTo(String name) {
        List<String> passed = new ArrayList<>();
        for (int presses = 0; presses < MOST_TABS; presses++) {
            press(Keys.TAB);
            String now = focused();
            if (now.equals(name)) {
                return this;
            }
            passed.add(now);
        }
        throw new AssertionError("'" + name + "' was not reached with " + MOST_TABS + " Tab presses on /" + ui.path()
                + "; focus went through " + passed);
    }

    /**
     * In an open drop-down (a combo box showing its options, or a select opened with the keyboard), moves down with
     * the arrow key until {@code option} is highlighted and chooses it with Enter.
     */
    Keyboard choose(String option) {
        List<String> seen = new ArrayList<>();
        for (int presses = 0; presses < MOST_TABS; presses++) {
            Object highlighted = ui.script(HIGHLIGHTED_OPTION);
            if (option.equals(highlighted)) {
                return press(Keys.ENTER);
            }
            seen.add(String.valueOf(highlighted));
            press(Keys.ARROW_DOWN);
        }
        throw new AssertionError("The option '" + option + "' was never highlighted with the arrow key on /" + ui.path()
                + "; the highlight went through " + seen);
    }
}
