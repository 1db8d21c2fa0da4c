package org.sovereigntywatch.history.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.sovereigntywatch.history.HistoryEntry;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * "History", for items with no page of its own: a button that opens the item's history in a {@link HistoryDialog},
 * read when it is clicked.
 */
public final class HistoryButton {

    private HistoryButton() {
    }

    /** A button that shows the history of the item called {@code name}. */
    public static Button of(String name, Supplier<List<HistoryEntry>> history) {
        Button button = new Button(VaadinIcon.TIME_BACKWARD.create(),
                click -> new HistoryDialog(name, history.get()).open());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        String label = button.getTranslation("history.of", name);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addClassName("history-button");
        // A click on the button is not a click on its row: an admin's row click opens the item in the form.
        button.getElement().addEventListener("click", ignored -> { }).addEventData("event.stopPropagation()");
        return button;
    }

    /** A last column of {@code grid} with each row's history button. */
    public static <T> void addColumn(Grid<T> grid, Function<T, String> name,
                                     Function<T, List<HistoryEntry>> history) {
        grid.addComponentColumn(item -> of(name.apply(item), () -> history.apply(item)))
                .setHeader(grid.getTranslation("history.title")).setAutoWidth(true).setFlexGrow(0);
    }
}
