package org.sovereigntywatch.editorial.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.editorial.BulkResult;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.PublishableService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Acting on many items of a register at once: the rows ticked in its grid, or every item its filter matches. Offers
 * the workflow moves the user's role allows (none at all to a viewer, who does not see the bar) and the register's own
 * {@linkplain #addAction actions}; publishing or archiving several asks first, a return to draft asks for the comment.
 * The service checks each item as the single move would, and the result lists what was done and what was refused, and
 * why. Afterwards the grid is read again and the selection cleared.
 *
 * @param <T> the grid's row type
 */
public class BulkActionsBar<T> extends Composite<Div> {

    private final Grid<T> grid;
    private final ToLongFunction<T> idOf;
    private final PublishableService<?> service;
    private final LongSupplier matchingCount;
    private final Supplier<List<Long>> matchingIds;
    private final String noun;
    private final Span status = new Span();
    private final Button selectAll = new Button();
    private final Button clear = new Button("Clear selection");
    private final List<Button> actions = new ArrayList<>();
    /** Every item the filter matched when the user chose "all matching", or null while rows are ticked one by one. */
    private @Nullable List<Long> allMatching;
    /** How many items the filter matches, counted when it changes rather than at each tick. */
    private long matching;

    /**
     * @param idOf          a row's item id
     * @param matchingCount how many items the register's filter matches now
     * @param matchingIds   their ids (the service refuses more than {@link PublishableService#BULK_MAX})
     */
    public BulkActionsBar(Grid<T> grid, ToLongFunction<T> idOf, PublishableService<?> service, EditorialPolicy policy,
                          LongSupplier matchingCount, Supplier<List<Long>> matchingIds) {
        this.grid = grid;
        this.idOf = idOf;
        this.service = service;
        this.matchingCount = matchingCount;
        this.matchingIds = matchingIds;
        this.noun = service.kind();
        Set<PublicationState> targets = policy.targetsOfRole();
        setVisible(!targets.isEmpty());
        getContent().addClassName("bulk-bar");
        getContent().add(status, selectAll, clear);
        if (!isVisible()) {
            return;
        }
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(change -> {
            allMatching = null;
            showSelection();
        });
        selectAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        selectAll.addClickListener(click -> selectAllMatching());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(click -> clearSelection());
        targets.stream().sorted().map(this::moveButton).forEach(this::addButton);
        showSelection();
    }

    /**
     * Offers one of the register's own actions to the same users as the moves.
     *
     * @param label what its button says: "Set owner or next review"
     * @param what  what happened to the items it changed, in the past tense: "updated"
     */
    public void addAction(String label, String what, BulkAction action) {
        addButton(new Button(label, click -> action.start(selectedIds(), result -> finish(result, what))));
    }

    /** The register's filter changed: the selection no longer stands, and "all matching" counts anew. */
    public void filterChanged() {
        if (isVisible()) {
            matching = matchingCount.getAsLong();
            clearSelection();
        }
    }

    /** The items selected, in the order they were ticked, or all those the filter matched. */
    public List<Long> selectedIds() {
        return allMatching != null ? allMatching : grid.getSelectedItems().stream().map(idOf::applyAsLong).toList();
    }

    private void selectAllMatching() {
        try {
            List<Long> ids = matchingIds.get();
            grid.deselectAll();
            allMatching = ids;
            showSelection();
        } catch (WorkflowException tooMany) {
            Notifications.error(tooMany.getMessage());
        }
    }

    private void clearSelection() {
        grid.deselectAll();
        allMatching = null;
        showSelection();
    }

    private void showSelection() {
        List<Long> selected = selectedIds();
        status.setText(allMatching != null ? "All " + count(selected.size(), noun) + " matching the filter selected"
                : selected.isEmpty() ? "Tick rows to act on several " + noun + "s at once"
                : count(selected.size(), noun) + " selected");
        selectAll.setText("Select all " + count(matching, noun) + " matching");
        selectAll.setVisible(allMatching == null && matching > 0);
        clear.setVisible(!selected.isEmpty());
        actions.forEach(button -> button.setEnabled(!selected.isEmpty()));
    }

    private Button moveButton(PublicationState target) {
        Button button = new Button(ReviewPanel.verb(target), click -> askThenMove(target));
        if (target == PublicationState.ARCHIVED) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    private void addButton(Button button) {
        button.setEnabled(!selectedIds().isEmpty());
        actions.add(button);
        getContent().add(button);
    }

    /** Publishing or archiving several is confirmed first; a return to draft needs its comment. */
    private void askThenMove(PublicationState target) {
        List<Long> ids = selectedIds();
        String items = count(ids.size(), noun);
        switch (target) {
            case DRAFT -> new ReturnToDraftDialog(items, comment -> move(ids, target, comment)).open();
            case PUBLISHED, ARCHIVED -> {
                if (ids.size() == 1) {
                    move(ids, target, null);
                } else {
                    confirm(ids, target, items);
                }
            }
            case IN_REVIEW -> move(ids, target, null);
        }
    }

    private void confirm(List<Long> ids, PublicationState target, String items) {
        String verb = ReviewPanel.verb(target);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(verb + " " + items + "?");
        dialog.setText("Each is checked as it would be on its own page: those you may not "
                + verb.toLowerCase(Locale.ROOT) + " stay as they are and are listed with the reason."
                + (target == PublicationState.ARCHIVED ? " Archived items are read-only for everyone." : ""));
        dialog.setCancelable(true);
        dialog.setCloseOnEsc(true);
        dialog.setConfirmText(verb + " " + ids.size());
        if (target == PublicationState.ARCHIVED) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(confirmed -> move(ids, target, null));
        dialog.open();
    }

    /**
     * Moves the items; a comment the service refuses is thrown back to the comment dialog, any refusal of the whole
     * action (too many items) is shown here.
     */
    private void move(List<Long> ids, PublicationState target, @Nullable String comment) {
        BulkResult result;
        try {
            result = service.moveAll(ids, target, comment);
        } catch (WorkflowException refused) {
            Notifications.error(refused.getMessage());
            return;
        } catch (FieldErrorException invalid) {
            if (target == PublicationState.DRAFT) {
                throw invalid;
            }
            Notifications.error(invalid.getMessage());
            return;
        }
        finish(result, pastTense(target));
    }

    private void finish(BulkResult result, String what) {
        grid.getDataProvider().refreshAll();
        filterChanged();
        new BulkResultDialog(result, noun, what).open();
    }

    /** "1 concern", "300 concerns". */
    static String count(long count, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", count, noun, count == 1 ? "" : "s");
    }

    private static String pastTense(PublicationState target) {
        return switch (target) {
            case DRAFT -> "returned to draft";
            case IN_REVIEW -> "submitted for review";
            case PUBLISHED -> "published";
            case ARCHIVED -> "archived";
        };
    }
}
