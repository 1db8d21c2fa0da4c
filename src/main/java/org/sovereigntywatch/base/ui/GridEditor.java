package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableFunction;

/**
 * A lazy grid with an {@link EntityForm} beside it: selecting a row (where editing is allowed) opens it in the form,
 * saving hands it to the service and refreshes the grid, and a refused save is shown on the form. On a narrow screen
 * the form takes the place of the grid.
 *
 * @param <T> the entity type
 */
public class GridEditor<T> extends Div {

    private final Grid<T> grid;
    private final EntityForm<T> form;
    private final SerializableFunction<T, T> save;
    private final SerializableFunction<T, String> label;

    /**
     * @param header what goes above the grid (usually a {@link ViewToolbar})
     * @param save   the service call that saves an item and returns the saved copy
     * @param label  names an item in titles and confirmations (its name or code, as recorded)
     */
    public GridEditor(Component header, Grid<T> grid, EntityForm<T> form,
                      SerializableFunction<T, T> save, SerializableFunction<T, String> label) {
        this.grid = grid;
        this.form = form;
        this.save = save;
        this.label = label;
        addClassName("master-detail");
        Div master = new Div(header, grid);
        master.addClassName("master");
        form.setVisible(false);
        form.addSaveListener(event -> save(event.item()));
        form.addCancelListener(cancel -> close());
        add(master, form);
    }

    /** Lets a click on a row open it in the form; call only for users who may edit. */
    public GridEditor<T> editOnSelect() {
        grid.asSingleSelect().addValueChangeListener(selection -> {
            if (selection.getValue() != null) {
                edit(selection.getValue(), label.apply(selection.getValue()));
            }
        });
        return this;
    }

    /** Opens {@code item} in the form under {@code title}. */
    public void edit(T item, String title) {
        form.edit(item, title);
        form.setVisible(true);
        addClassName("editing");
    }

    private void save(T item) {
        try {
            T saved = save.apply(item);
            Notifications.success(getTranslation("base.grid-editor.saved", label.apply(saved)));
            close();
        } catch (RuntimeException failure) {
            form.showFailure(failure);
        }
    }

    private void close() {
        form.setVisible(false);
        removeClassName("editing");
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }
}
