package org.sovereigntywatch.editorial.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import org.sovereigntywatch.editorial.BulkResult;

import java.util.List;

/**
 * What a bulk action did: the items refused, each with why (first, as they are what needs the user's attention), then
 * the items done. Long lists scroll inside the dialog.
 */
public class BulkResultDialog extends Dialog {

    /** Beyond this many rows a list scrolls rather than growing the dialog. */
    private static final int ROWS_SHOWN = 8;

    final Grid<BulkResult.Refused> refused = new Grid<>();
    final Grid<BulkResult.Done> done = new Grid<>();

    /**
     * @param noun the kind of item, as its service names it: "concern"
     * @param what what happened to the items done, in the past tense: "published"
     */
    public BulkResultDialog(BulkResult result, String noun, String what) {
        setHeaderTitle(summary(result, noun, what));
        addClassName("bulk-result");
        refused.addColumn(BulkResult.Refused::title).setHeader(capitalised(noun)).setFlexGrow(1)
                .setTooltipGenerator(BulkResult.Refused::title);
        refused.addColumn(BulkResult.Refused::reason).setHeader("Why not").setFlexGrow(2)
                .setTooltipGenerator(BulkResult.Refused::reason);
        done.addColumn(BulkResult.Done::title).setHeader(capitalised(noun)).setTooltipGenerator(BulkResult.Done::title);
        if (!result.refused().isEmpty()) {
            add(new H4("Refused (" + result.refused().size() + ")"), fill(refused, result.refused()));
        }
        if (!result.done().isEmpty()) {
            add(new H4(capitalised(what) + " (" + result.done().size() + ")"), fill(done, result.done()));
        }
        Button close = new Button("Close", click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setWidth("min(48rem, 95vw)");
    }

    /** "120 of 300 concerns published". */
    static String summary(BulkResult result, String noun, String what) {
        return result.done().size() + " of " + BulkActionsBar.count(result.total(), noun) + " " + what;
    }

    private static <R> Grid<R> fill(Grid<R> grid, List<R> rows) {
        grid.setItems(rows);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(rows.size() <= ROWS_SHOWN);
        if (rows.size() > ROWS_SHOWN) {
            grid.setHeight("16rem");
        }
        return grid;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
