package org.sovereigntywatch.editorial.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.editorial.BulkResult;
import org.sovereigntywatch.editorial.PublishableService;

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
     * @param kind  the kind of item, as its service names it: "concern"
     * @param what  what happened to the items done, in the past tense: "published"
     * @param doing what the action was doing: "Publishing"
     */
    public BulkResultDialog(BulkResult result, String kind, String what, String doing) {
        setHeaderTitle(summary(result, kind, what, doing));
        addClassName("bulk-result");
        String noun = capitalised(Translations.text(PublishableService.kindNoun(kind)));
        refused.addColumn(item -> title(item, kind)).setHeader(noun).setFlexGrow(1)
                .setTooltipGenerator(item -> title(item, kind));
        refused.addColumn(item -> Translations.text(item.reason())).setHeader(getTranslation("bulk.result.why-not"))
                .setFlexGrow(2).setTooltipGenerator(item -> Translations.text(item.reason()));
        done.addColumn(BulkResult.Done::title).setHeader(noun).setTooltipGenerator(BulkResult.Done::title);
        if (!result.refused().isEmpty()) {
            add(new H4(getTranslation("bulk.result.refused", result.refused().size())),
                    fill(refused, result.refused()));
        }
        if (!result.done().isEmpty()) {
            add(new H4(capitalised(getTranslation("bulk.result.done", what, doing, result.done().size()))),
                    fill(done, result.done()));
        }
        Button close = new Button(getTranslation("common.close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setWidth("min(48rem, 95vw)");
    }

    /** "120 of 300 concerns published", « Publication : 120 sur 300 préoccupations ». */
    static String summary(BulkResult result, String kind, String what, String doing) {
        return Translations.text("bulk.result.summary", what, doing, result.done().size(), result.total(),
                BulkActionsBar.count(result.total(), kind));
    }

    /** The item's title, or its kind and id when the user may not see it or the action did not reach it. */
    private static String title(BulkResult.Refused item, String kind) {
        return item.title() != null ? item.title()
                : Translations.text("bulk.result.unnamed", PublishableService.kindNoun(kind), String.valueOf(item.id()));
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
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
