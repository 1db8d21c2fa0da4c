package org.sovereigntywatch.editorial.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.UserMessage;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.base.ui.ConfirmDelete;
import org.sovereigntywatch.base.ui.EntityForm;
import org.sovereigntywatch.base.ui.NotFoundView;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.editorial.Publishable;
import org.sovereigntywatch.editorial.PublishableService;
import org.sovereigntywatch.history.ui.AsOfBanner;
import org.sovereigntywatch.history.ui.AsOfField;
import org.sovereigntywatch.history.ui.HistorySection;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The page of one publishable item, at {@code <route>/:id} ({@code new} for a new one): its form, read-only for those
 * who may not edit it, beside its {@link ReviewPanel} with the workflow moves the user may make and the review log;
 * a draft never published may be deleted there by those the service allows, after a confirmation. Below the form,
 * the sections subclasses add, then the item's history. Subclasses hand over their kind's service.
 *
 * @param <T> the item type
 */
public abstract class PublishableEditor<T extends Publishable> extends Div implements BeforeEnterObserver {

    public static final String NEW = "new";
    /** The key of what a move asked for with unsaved changes in the form says. */
    public static final String UNSAVED_BEFORE_MOVE = "editorial.editor.unsaved-before-move";

    protected final EntityForm<T> form;
    protected final ReviewPanel review = new ReviewPanel();
    protected final Div sections = new Div();
    protected final HistorySection history = new HistorySection();
    private final Div controls = new Div();
    /** What asks for the user's attention about the item as it now is, above the form (a concern to re-assess). */
    protected final Div notices = new Div();
    private final List<ItemControl> itemControls;
    private final AsOfBanner past = new AsOfBanner("history.as-of.item", this::toNow);
    protected final EditorialPolicy policy;
    /** The kind of the item, as its service names it: "concern". */
    private final String kind;
    private final PublishableService<T> service;
    private @Nullable T item;
    /** The past moment the page shows the item at, or null for now. */
    private @Nullable Instant shownAsOf;

    protected PublishableEditor(EntityForm<T> form, EditorialPolicy policy, PublishableService<T> service,
                                List<ItemControl> itemControls) {
        this.form = form;
        this.itemControls = itemControls;
        this.policy = policy;
        this.kind = service.kind();
        this.service = service;
        form.addSaveListener(event -> save(event.item()));
        form.addCancelListener(event -> backToList());
        review.addMoveListener(event -> {
            // A move changes the item's version: unsaved edits could then no longer be saved, so they come first.
            if (form.hasUnsavedChanges()) {
                Notifications.error(getTranslation(UNSAVED_BEFORE_MOVE));
            } else {
                act(() -> service.move(id(), version(), event.target(), event.comment()));
            }
        });
        review.addCommentListener(event -> act(() -> service.comment(id(), event.text())));
        review.addDeleteListener(event -> confirmDelete());
        sections.addClassName("item-sections");
        controls.addClassName("item-controls");
        notices.addClassName("item-notices");
        Div main = new Div(controls, notices, past, form, sections, history);
        main.addClassName("item-main");
        addClassName("item-view");
        add(main, review);
    }

    public EntityForm<T> getForm() {
        return form;
    }

    public ReviewPanel getReview() {
        return review;
    }

    protected abstract T newItem();

    /** The register the item page returns to. */
    protected abstract Class<? extends Component> listView();

    /**
     * What the form's scope field says about the jurisdictions the user may record items for, in the user's language:
     * "You cover CA, US and their subdivisions".
     */
    protected String coverageHint() {
        Set<String> assigned = policy.assignedJurisdictions();
        return assigned.isEmpty() ? getTranslation("editorial.coverage.all")
                : getTranslation("editorial.coverage.some", String.join(", ", new TreeSet<>(assigned)));
    }

    /** The jurisdictions the user may record items for, by code (empty: all), for the scope field to offer. */
    protected Set<String> coveredJurisdictions() {
        return policy.visibility().jurisdictionCodes();
    }

    /** Fills the sections below the form for a saved item; {@code editable} says whether the user may change it. */
    protected void showSections(T item, boolean editable) {
    }

    /** Fills the sections below the form, read-only, for the item as it stood at a past moment; none by default. */
    protected void showSectionsAsOf(T version, Instant moment) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse(NEW);
        Optional<Instant> asOf = event.getLocation().getQueryParameters().getSingleParameter(AsOfField.PARAMETER)
                .flatMap(AsOfField::parse);
        try {
            if (NEW.equals(id)) {
                startNew();
            } else if (asOf.isPresent()) {
                showAsOf(Long.parseLong(id), asOf.get());
            } else {
                show(Long.parseLong(id));
            }
        } catch (NumberFormatException | NoSuchElementException | AccessDeniedException missing) {
            NotFoundView.reroute(event, asOf.isPresent() && !NEW.equals(id)
                    ? getTranslation("history.as-of.not-then", asOf.get())
                    : getTranslation("editorial.editor.not-found", PublishableService.kindNoun(kind), id));
        }
    }

    /** Shows the saved item as it now is, after a change made here or by one of the sections. */
    protected void show(long id) {
        T loaded = service.get(id);
        item = loaded;
        shownAsOf = null;
        past.hide();
        form.edit(loaded, loaded.getTitle());
        form.setReadOnly(!policy.mayEdit(loaded.getState(), loaded.scope()));
        showAroundForm(loaded);
    }

    /** Shows the sections and the review panel of the item as it now is, leaving the form as it stands. */
    private void showAroundForm(T loaded) {
        long id = loaded.getId();
        String scope = loaded.scope();
        controls.removeAll();
        itemControls.forEach(control -> control.build(kind, id).ifPresent(controls::add));
        controls.setVisible(true);
        notices.removeAll();
        notices.setVisible(true);
        sections.removeAll();
        sections.setVisible(true);
        showSections(loaded, policy.mayEdit(loaded.getState(), scope));
        review.setVisible(true);
        review.show(loaded.getState(), policy.movesFrom(loaded.getState(), scope),
                policy.mayComment(loaded.getState(), scope), service.reviewLog(id));
        review.offerDelete(service.mayDelete(id));
        history.setVisible(true);
        history.getList().offerRestore(policy.mayEdit(loaded.getState(), scope) ? this::confirmRestore : null);
        history.show(() -> service.history(id));
        review.showSignOff(service.signOff(id));
    }

    /**
     * Shows the item as it stood at a past moment, read-only and marked so: its fields then, the sections its kind
     * shows of the past ({@link #showSectionsAsOf}), without the moves and history of the present.
     */
    private void showAsOf(long id, Instant moment) {
        T version = service.asOf(id, moment);
        item = version;
        shownAsOf = moment;
        form.edit(version, version.getTitle());
        form.setReadOnly(true);
        controls.setVisible(false);
        notices.setVisible(false);
        sections.removeAll();
        sections.setVisible(true);
        showSectionsAsOf(version, moment);
        review.setVisible(false);
        history.setVisible(false);
        past.show(moment);
    }

    private void toNow() {
        getUI().ifPresent(ui -> ui.navigate(getClass(), new RouteParameters("id", String.valueOf(id()))));
    }

    private void startNew() {
        T fresh = newItem();
        item = fresh;
        shownAsOf = null;
        past.hide();
        form.setReadOnly(false);
        form.edit(fresh, getTranslation("editorial.kind." + kind + ".new"));
        controls.setVisible(false);
        notices.setVisible(false);
        sections.setVisible(false);
        review.setVisible(false);
        history.setVisible(false);
    }

    private void save(T edited) {
        // Saving a new item gives the same instance its id, so ask before saving.
        boolean creating = edited.isNew();
        try {
            T saved = creating ? service.create(edited) : service.update(edited);
            Notifications.success(getTranslation("editorial.editor.saved", saved.getTitle()));
            if (creating) {
                getUI().ifPresent(ui -> ui.navigate(getClass(), new RouteParameters("id", String.valueOf(saved.getId()))));
            } else {
                show(saved.getId());
            }
        } catch (RuntimeException failure) {
            form.showFailure(failure);
        }
    }

    /**
     * Runs a change made beside the form (a comment, a link), then shows the item as it now is; a refusal is shown to
     * the user, not thrown. What is typed in the form and not saved yet stays there: such changes leave the item's
     * version alone, so saving the form afterwards still works.
     *
     * @return whether the change was made
     */
    protected boolean act(Runnable change) {
        try {
            change.run();
            if (form.hasUnsavedChanges()) {
                showAroundForm(service.get(id()));
            } else {
                show(id());
            }
            return true;
        } catch (FieldErrorException problem) {
            String message = Translations.text(problem.text());
            if ("comment".equals(problem.getProperty())) {
                review.showCommentProblem(message);
            } else {
                Notifications.error(message);
            }
        } catch (RuntimeException failure) {
            form.showFailure(failure);
        }
        return false;
    }

    private void confirmRestore(int number) {
        if (form.hasUnsavedChanges()) {
            Notifications.error(getTranslation("history.restore.unsaved"));
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("history.restore"),
                getTranslation("history.restore.question", number), getTranslation("history.restore"), confirmed -> {
                    if (act(() -> service.restore(id(), version(), number))) {
                        Notifications.success(getTranslation("history.restore.done", number));
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private void confirmDelete() {
        if (item == null) {
            return;
        }
        String title = item.getTitle();
        ConfirmDelete.ask(getTranslation("editorial.delete.header"), getTranslation("editorial.delete.question", title),
                getTranslation("common.delete"), () -> delete(title));
    }

    private void delete(String title) {
        try {
            service.delete(id(), version());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("editorial.delete.conflict"));
            return;
        } catch (AccessDeniedException | WorkflowException refused) {
            Notifications.error(getTranslation("editorial.delete.refused", refused instanceof UserMessage explained
                    ? explained.text() : new Text("error.denied.role")));
            return;
        } catch (NoSuchElementException gone) {
            Notifications.error(getTranslation("editorial.delete.gone", title));
            backToList();
            return;
        }
        Notifications.success(getTranslation("editorial.delete.done", title));
        backToList();
    }

    protected long id() {
        return item == null || item.getId() == null ? 0 : item.getId();
    }

    private long version() {
        return item == null ? 0 : item.getVersion();
    }

    /** Back to the register; from the item as it stood at a past moment, to the register as it stood then. */
    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(listView(), shownAsOf == null ? QueryParameters.empty()
                : QueryParameters.of(AsOfField.PARAMETER, shownAsOf.toString())));
    }
}
