package org.sovereigntywatch.browser;

/**
 * The scripts the page objects run in the page. Vaadin's components keep parts of themselves (overlays, a login
 * form's title, a grid's rows) in shadow roots, which CSS selectors and {@code innerText} do not enter; these do.
 */
final class Dom {

    private Dom() {
    }

    /** Defines {@code deepAll(selector)}: every element matching, in the document and in every shadow root. */
    private static final String DEEP_ALL = """
            const deepAll = (selector) => {
              const found = [];
              const visit = (root) => {
                root.querySelectorAll(selector).forEach(element => found.push(element));
                root.querySelectorAll('*').forEach(element => { if (element.shadowRoot) visit(element.shadowRoot); });
              };
              visit(document);
              return found;
            };
            const shown = (element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
            const words = (text) => (text || '').replace(/\\s+/g, ' ').trim();
            """;

    /** The text a person reads: visible text nodes in rendering order, through shadow roots and their slots. */
    static final String VISIBLE_TEXT = DEEP_ALL + """
            const out = [];
            const walk = (node) => {
              if (node.nodeType === Node.TEXT_NODE) {
                if (node.parentElement && shown(node.parentElement) && node.textContent.trim()) { out.push(node.textContent); }
                return;
              }
              if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) { return; }
              if (node.localName === 'style' || node.localName === 'script' || node.localName === 'template') { return; }
              if (node.localName === 'slot') { node.assignedNodes({ flatten: true }).forEach(walk); return; }
              (node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes).forEach(walk);
            };
            walk(document.body);
            return words(out.join(' '));
            """;

    /**
     * The visible Vaadin field whose label is {@code arguments[0]}, or, for a field without one (a search box), whose
     * accessible name is.
     */
    static final String FIELD_BY_LABEL = DEEP_ALL + """
            const named = (element) => [element.label, element.accessibleName, element.getAttribute('aria-label')]
                .some(name => typeof name === 'string' && words(name) === arguments[0]);
            const matches = deepAll('*').filter(element => element.localName.startsWith('vaadin-')
                && 'value' in element && named(element) && shown(element));
            return matches.length === 0 ? null : matches[matches.length - 1];
            """;

    /**
     * The visible, enabled button a person would press for {@code arguments[0]}: a Vaadin button (or a plain one)
     * whose text, aria-label or title is that. The last one found wins, as dialogs come after the page. A tooltip
     * showing inside the button (Vaadin 25 keeps it there) is not part of its text.
     */
    static final String BUTTON = DEEP_ALL + """
            const ownText = (element) => Array.from(element.querySelectorAll('vaadin-tooltip'))
                .reduce((text, tooltip) => tooltip.innerText ? text.replace(tooltip.innerText, '') : text, element.innerText);
            const matches = deepAll('vaadin-button, button, vaadin-menu-bar-button, vaadin-tab, vaadin-side-nav-item, a')
                .filter(element => shown(element) && !element.hasAttribute('disabled')
                    && [words(ownText(element)), element.getAttribute('aria-label'), element.getAttribute('title')]
                        .includes(arguments[0]));
            return matches.length === 0 ? null : matches[matches.length - 1];
            """;

    /** The side navigation's visible entries. */
    static final String MENU = DEEP_ALL + """
            return deepAll('vaadin-side-nav-item').filter(shown).map(item => words(item.innerText));
            """;

    /** Texts of the notifications showing now. */
    static final String NOTIFICATIONS = DEEP_ALL + """
            return deepAll('vaadin-notification-card').filter(shown).map(card => words(card.innerText));
            """;

    /** Whether a grid cell belongs to the tick-box column of a grid whose rows can be selected: it holds no text. */
    private static final String SELECTING = """
            const selecting = cell => cell._column && cell._column.localName === 'vaadin-grid-flow-selection-column';
            """;

    /** The rows the grid {@code arguments[0]} has rendered, each a list of its cells' texts. */
    static final String GRID_ROWS = SELECTING + """
            const grid = arguments[0];
            return Array.from(grid.shadowRoot.querySelectorAll('#items tr'))
              .filter(row => !row.hidden && row.index !== undefined && row.index < grid.size)
              .sort((a, b) => a.index - b.index)
              .map(row => Array.from(row.querySelectorAll('td')).filter(cell => !cell.hidden && !selecting(cell)).map(cell => {
                const slot = cell.querySelector('slot');
                const content = slot && slot.assignedElements()[0];
                return content ? content.innerText.replace(/\\s+/g, ' ').trim() : '';
              }));
            """;

    /** The grid's column headers' texts. */
    static final String GRID_HEADERS = SELECTING + """
            const grid = arguments[0];
            const row = grid.shadowRoot.querySelector('#header tr:last-child');
            return Array.from(row.querySelectorAll('th')).filter(cell => !cell.hidden && !selecting(cell)).map(cell => {
              const slot = cell.querySelector('slot');
              const content = slot && slot.assignedElements()[0];
              return content ? content.innerText.replace(/\\s+/g, ' ').trim() : '';
            });
            """;

    /** The visible grids, in page order. */
    static final String GRIDS = DEEP_ALL + """
            return deepAll('vaadin-grid').filter(shown);
            """;

    /**
     * The visible items of open drop-downs (combo boxes, selects, menus) whose text is {@code arguments[0]}; not the
     * copy of a select's chosen item that its closed field shows, which comes first in the page.
     */
    static final String OPTION = DEEP_ALL + """
            const matches = deepAll('vaadin-combo-box-item, vaadin-multi-select-combo-box-item, vaadin-select-item, vaadin-item, vaadin-menu-bar-item, vaadin-context-menu-item')
                .filter(item => shown(item) && !item.closest('vaadin-select-value-button')
                    && words(item.innerText) === arguments[0]);
            return matches.length === 0 ? null : matches[0];
            """;
}
