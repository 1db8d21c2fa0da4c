package org.sovereigntywatch.browser;

import java.util.List;

/** The concern register's filter bar as a person reads it, and its rows' count. */
final class ConcernRegister {

    /** The visible filters' shown values: a combo box's text, a select's chosen item ("Any level" if none). */
    private static final String CHOSEN = """
            const shown = (element) => element.checkVisibility();
            return Array.from(document.querySelectorAll('.filter-bar vaadin-combo-box, .filter-bar vaadin-select'))
              .filter(shown)
              .map(field => field.localName === 'vaadin-select'
                  ? (field.querySelector('vaadin-select-value-button') || {}).innerText || ''
                  : field.inputElement.value)
              .map(text => text.trim()).filter(text => text !== '');
            """;

    private final Ui ui;

    ConcernRegister(Ui ui) {
        this.ui = ui;
    }

    /** Opens the register from the menu, with no filter. */
    static ConcernRegister open(Ui ui) {
        ui.click("Concerns");
        ui.waitFor("the concern register", () -> ui.path().equals("concerns") ? Boolean.TRUE : null);
        return new ConcernRegister(ui);
    }

    /** What the filter bar's combo boxes and selects show ("US — United States", "Critical", "Any state"). */
    List<String> chosenFilters() {
        ui.idle();
        @SuppressWarnings("unchecked")
        List<String> chosen = (List<String>) ui.script(CHOSEN);
        return chosen;
    }

    /** Whether the checkbox {@code label} ("Open only", "Review overdue") is ticked. */
    boolean ticked(String label) {
        return Boolean.TRUE.equals(ui.script("return arguments[0].checked === true", ui.field(label).element()));
    }

    ConcernRegister tick(String label) {
        ui.field(label).tick(true);
        return this;
    }

    /** How many concerns the register lists with its filters. */
    long rows() {
        return ui.grid().size();
    }
}
