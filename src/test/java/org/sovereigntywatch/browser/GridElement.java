package org.sovereigntywatch.browser;

import org.openqa.selenium.WebElement;

import java.util.List;

/** A Vaadin grid: how many rows it holds, and the texts of the rows it has rendered. */
final class GridElement {

    private final Ui ui;
    private final WebElement grid;

    GridElement(Ui ui, WebElement grid) {
        this.ui = ui;
        this.grid = grid;
    }

    /** The number of rows the grid holds, all pages included (a lazy grid's count from the server). */
    int size() {
        settle();
        return ((Number) ui.script("return arguments[0].size || 0", grid)).intValue();
    }

    /**
     * Waits until the grid holds {@code expected} rows. A search box sends its text only once the user pauses typing
     * (Vaadin's lazy value change), a delay Vaadin's idle state does not see: wait for the outcome instead.
     */
    GridElement awaitSize(int expected) {
        ui.waitFor(expected + " rows in the grid (it holds " + size() + ")", () -> size() == expected);
        return this;
    }

    /**
     * Waits until a rendered row holds {@code text} in one of its cells. A grid refreshed after a save fetches its rows
     * in a round trip of its own, which may come after the one that closed the dialog.
     */
    GridElement awaitRow(String text) {
        ui.waitFor("a row with '" + text + "'",
                () -> rows().stream().anyMatch(row -> row.stream().anyMatch(cell -> cell.contains(text))));
        return this;
    }

    List<String> headers() {
        settle();
        @SuppressWarnings("unchecked")
        List<String> headers = (List<String>) ui.script(Dom.GRID_HEADERS, grid);
        return headers;
    }

    /** The texts of the rendered rows, top to bottom, each a list of its cells. */
    List<List<String>> rows() {
        settle();
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) ui.script(Dom.GRID_ROWS, grid);
        return rows;
    }

    /** Clicks the first rendered row holding {@code text} in one of its cells. */
    void open(String text) {
        settle();
        WebElement cell = ui.waitFor("a row with '" + text + "'", () -> ui.script("""
                const grid = arguments[0];
                return Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))
                  .find(content => content.innerText.includes(arguments[1]) && content.checkVisibility()) || null;
                """, grid, text));
        ui.click(cell, "the row with '" + text + "'");
    }

    private void settle() {
        ui.idle();
        ui.waitFor("the grid to finish loading", () -> Boolean.TRUE.equals(
                ui.script("return !arguments[0].hasAttribute('loading')", grid)) ? Boolean.TRUE : null);
    }
}
