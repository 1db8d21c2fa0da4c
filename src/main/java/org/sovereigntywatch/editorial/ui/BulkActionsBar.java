package org.sovereigntywatch.editorial.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.ErrorEvent;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.base.ui.BackgroundTask;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.editorial.BulkResult;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.PublishableService;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.ArrayList;
import java.util.List;
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
 * <p>
 * The action runs off the UI's lock ({@link BackgroundTask}): while it does, the bar shows how many items it handled
 * and a cancel button, and the grid and the actions are disabled. A cancel stops it before the next item: the items
 * done stay done, the others are listed as not done. If the user leaves the register meanwhile, the action finishes
 * and a notification says how it went.
 *
 * @param <T> the grid's row type
 */
public class BulkActionsBar<T> extends Composite<Div> {

    private final Grid<T> grid;
    private final ToLongFunction<T> idOf;
    private final PublishableService<?> service;
    private final SecurityContextHolderStrategy security;
    private final LongSupplier matchingCount;
    private final Supplier<List<Long>> matchingIds;
    /** The kind of the items, as their service names it: "concern". */
    private final String kind;
    private final Span status = new Span();
    private final Button selectAll = new Button();
    private final Button clear = new Button(getTranslation("bulk.clear"));
    private final Div actionButtons = new Div();
    private final List<Button> actions = new ArrayList<>();
    private final Div progressArea = new Div();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Button cancel = new Button(getTranslation("common.cancel"));
    /** Every item the filter matched when the user chose "all matching", or null while rows are ticked one by one. */
    private @Nullable List<Long> allMatching;
    /** How many items the filter matches, counted when it changes rather than at each tick. */
    private long matching;
    /** The action running now, or null. */
    private @Nullable BackgroundTask running;
    private boolean cancelling;
    /** The states the user's role may move items to: none means no actions are ever offered. */
    private final Set<PublicationState> policyTargets;

    /**
     * @param idOf          a row's item id
     * @param security      the {@code SecurityContextHolderStrategy} bean: the action runs as the signed-in user
     * @param matchingCount how many items the register's filter matches now
     * @param matchingIds   their ids (the service refuses more than {@link PublishableService#BULK_MAX})
     */
    public BulkActionsBar(Grid<T> grid, ToLongFunction<T> idOf, PublishableService<?> service, EditorialPolicy policy,
                          SecurityContextHolderStrategy security, LongSupplier matchingCount,
                          Supplier<List<Long>> matchingIds) {
        this.grid = grid;
        this.idOf = idOf;
        this.service = service;
        this.security = security;
        this.matchingCount = matchingCount;
        this.matchingIds = matchingIds;
        this.kind = service.kind();
        Set<PublicationState> targets = policy.targetsOfRole();
        this.policyTargets = targets;
        setVisible(!targets.isEmpty());
        getContent().addClassName("bulk-bar");
        status.addClassName("bulk-status");
        actionButtons.addClassName("bulk-actions");
        progressText.addClassName("bulk-progress-text");
        progressArea.addClassName("bulk-progress");
        progressArea.add(progressBar, progressText, cancel);
        progressArea.setVisible(false);
        getContent().add(status, selectAll, clear, actionButtons, progressArea);
        if (!isVisible()) {
            return;
        }
        selectRows();
        selectAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        selectAll.addClickListener(click -> selectAllMatching());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(click -> clearSelection());
        cancel.addClickListener(click -> cancelRunning());
        targets.stream().sorted().map(this::moveButton).forEach(this::addButton);
        showSelection();
    }

    /**
     * Offers one of the register's own actions to the same users as the moves. The texts are the caller's, in the
     * user's language.
     *
     * @param label what its button says: "Set owner or next review"
     * @param doing what the action is doing while it runs, and in French the title of its result: "Updating",
     *              « Mise à jour » (« Mise à jour… 12 sur 300 », « Mise à jour : 120 sur 300 préoccupations »)
     * @param what  what happened to the items it changed, in the past tense, as the English title of its result
     *              ends: "updated" ("120 of 300 concerns updated")
     */
    public void addAction(String label, String doing, String what, BulkAction action) {
        addButton(new Button(label, click -> {
            List<Long> ids = selectedIds();
            action.start(ids, work -> run(ids, doing, what, work));
        }));
    }

    /**
     * Offers the actions and the tick boxes, or neither: a register shown as it stood at a past moment is read-only.
     * Nothing changes for a user whose role has no action to offer.
     */
    public void setOffered(boolean offered) {
        if (offered == isVisible() || policyTargets.isEmpty()) {
            return;
        }
        setVisible(offered);
        if (offered) {
            selectRows();
            filterChanged();
        } else {
            grid.setSelectionMode(Grid.SelectionMode.NONE);
            allMatching = null;
        }
    }

    /** Rows are ticked to act on them; a new selection model takes its own listener. */
    private void selectRows() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(change -> {
            allMatching = null;
            showSelection();
        });
    }

    /** Whether an action is running, its progress shown and the grid and actions disabled. */
    public boolean isRunning() {
        return running != null;
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
            Notifications.error(Translations.text(tooMany.text()));
        }
    }

    private void clearSelection() {
        grid.deselectAll();
        allMatching = null;
        showSelection();
    }

    private void showSelection() {
        List<Long> selected = selectedIds();
        status.setText(allMatching != null ? getTranslation("bulk.status.all-matching", count(selected.size(), kind))
                : selected.isEmpty() ? getTranslation("bulk.status.none", PublishableService.kindPlural(kind))
                : getTranslation("bulk.status.selected", count(selected.size(), kind)));
        selectAll.setText(getTranslation("bulk.select-all", count(matching, kind)));
        selectAll.setVisible(allMatching == null && matching > 0);
        clear.setVisible(!selected.isEmpty());
        actions.forEach(button -> button.setEnabled(running == null && !selected.isEmpty()));
    }

    private Button moveButton(PublicationState target) {
        Button button = new Button(getTranslation(ReviewPanel.verbKey(target)), click -> askThenMove(target));
        if (target == PublicationState.ARCHIVED) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    private void addButton(Button button) {
        button.setEnabled(running == null && !selectedIds().isEmpty());
        actions.add(button);
        actionButtons.add(button);
    }

    /** Publishing or archiving several is confirmed first; a return to draft needs its comment. */
    private void askThenMove(PublicationState target) {
        List<Long> ids = selectedIds();
        String items = count(ids.size(), kind);
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

    /** Asks before publishing or archiving several items. */
    private void confirm(List<Long> ids, PublicationState target, String items) {
        String key = "bulk.confirm." + target.name();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(key + ".header", items));
        dialog.setText(getTranslation(key + ".text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setCloseOnEsc(true);
        dialog.setConfirmText(getTranslation(key + ".button", ids.size()));
        if (target == PublicationState.ARCHIVED) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(confirmed -> move(ids, target, null));
        dialog.open();
    }

    /**
     * Moves the items. The comment is checked here first, by the rules the service applies again, so that a return to
     * draft without a fit comment is thrown back to the dialog asking for it before anything runs.
     *
     * @throws FieldErrorException for a missing or unfit comment
     */
    private void move(List<Long> ids, PublicationState target, @Nullable String comment) {
        EditorialPolicy.requireCommentFits(comment);
        EditorialPolicy.requireReasonFor(target, comment);
        run(ids, getTranslation("bulk.doing." + target.name()), getTranslation("bulk.done." + target.name()),
                progress -> service.moveAll(ids, target, comment, progress));
    }

    /**
     * Runs the action off the UI's lock. A refusal of the whole action (too many items, an owner gone meanwhile) comes
     * back as a failure and is told as any error is, in plain words.
     */
    private void run(List<Long> ids, String doing, String what, BulkAction.Work work) {
        UI ui = UI.getCurrent();
        int total = ids.size();
        cancelling = false;
        showProgress(doing, 0, total);
        running = BackgroundTask.start(ui, security, "bulk " + kind, work::apply,
                handled -> showProgress(doing, handled, total),
                result -> {
                    ended();
                    finish(result, what, doing);
                },
                failure -> {
                    ended();
                    grid.getDataProvider().refreshAll();
                    ui.getSession().getErrorHandler().error(new ErrorEvent(failure));
                });
        showRunning();
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancel();
            cancelling = true;
            progressText.setText(getTranslation("bulk.cancelling"));
        }
    }

    private void ended() {
        running = null;
        showRunning();
    }

    private void showProgress(String doing, long handled, int total) {
        progressBar.setMax(Math.max(total, 1));
        progressBar.setValue(Math.min(handled, total));
        if (!cancelling) {
            progressText.setText(getTranslation("bulk.progress", doing, handled, total));
        }
    }

    /** While an action runs, nothing else can be started or selected: the grid and every button but Cancel wait. */
    private void showRunning() {
        boolean busy = running != null;
        progressArea.setVisible(busy);
        grid.setEnabled(!busy);
        selectAll.setEnabled(!busy);
        clear.setEnabled(!busy);
        showSelection();
    }

    private void finish(BulkResult result, String what, String doing) {
        grid.getDataProvider().refreshAll();
        filterChanged();
        String summary = BulkResultDialog.summary(result, kind, what, doing);
        if (isAttached()) {
            new BulkResultDialog(result, kind, what, doing).open();
        } else if (result.refused().isEmpty()) {
            Notifications.success(Translations.text("bulk.notification.done", summary));
        } else {
            // The user left the register meanwhile: the list of refusals has nowhere to go, the count still tells.
            Notifications.error(Translations.text("bulk.notification.refused", summary, result.refused().size()));
        }
    }

    /** So many items of the kind, in the user's language: "1 concern", "300 concerns", « 300 préoccupations ». */
    static String count(long count, String kind) {
        return Translations.text("bulk.count", count, PublishableService.kindNoun(kind),
                PublishableService.kindPlural(kind));
    }
}
