package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.base.ui.ReviewPanel;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.EditorialPolicy;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.source.SourceService;
import org.springframework.security.access.AccessDeniedException;

import java.util.NoSuchElementException;

/**
 * One concern: its form (read-only for those who may not edit it) beside its review panel, with the workflow moves
 * the user may make and the review log. {@code concerns/new} records a new one.
 */
@Route("concerns/:id")
@PageTitle("Concern · Sovereignty Watch")
@PermitAll
public class ConcernEditorView extends Div implements BeforeEnterObserver {

    static final String NEW = "new";

    final ConcernForm form;
    final ReviewPanel review = new ReviewPanel();
    private final ConcernService concerns;
    private final EditorialPolicy policy;
    private final UserService users;
    private @Nullable Concern concern;

    ConcernEditorView(ConcernService concerns, EditorialPolicy policy, PlatformService platforms,
                      JurisdictionService jurisdictions, UserService users, SourceService sources) {
        this.concerns = concerns;
        this.policy = policy;
        this.users = users;
        form = new ConcernForm(platforms, jurisdictions, users, sources);
        form.addSaveListener(event -> save(event.item()));
        form.addCancelListener(event -> backToRegister());
        review.addMoveListener(event -> act(() -> concerns.move(id(), version(), event.target(), event.comment())));
        review.addCommentListener(event -> act(() -> concerns.comment(id(), event.text())));
        addClassName("item-view");
        add(form, review);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse(NEW);
        try {
            if (NEW.equals(id)) {
                startNew();
            } else {
                show(Long.parseLong(id));
            }
        } catch (NumberFormatException | NoSuchElementException | AccessDeniedException missing) {
            event.rerouteToError(NotFoundException.class, "There is no concern " + id + " that you may see.");
        }
    }

    private void startNew() {
        Concern draft = new Concern("");
        draft.setOwner(users.current());
        concern = draft;
        form.setReadOnly(false);
        form.edit(draft, "New concern");
        review.setVisible(false);
    }

    private void show(long id) {
        Concern loaded = concerns.get(id);
        concern = loaded;
        form.edit(loaded, loaded.getTitle());
        form.setReadOnly(!policy.mayEdit(loaded.getState(), loaded.scope()));
        review.setVisible(true);
        review.show(loaded.getState(), policy.movesFrom(loaded.getState(), loaded.scope()),
                policy.mayComment(loaded.getState(), loaded.scope()), concerns.history(id));
    }

    private void save(Concern edited) {
        try {
            Concern saved = edited.isNew() ? concerns.create(edited) : concerns.update(edited);
            Notifications.success("Saved “" + saved.getTitle() + "”");
            if (edited.isNew()) {
                getUI().ifPresent(ui -> ui.navigate(ConcernEditorView.class,
                        new RouteParameters("id", String.valueOf(saved.getId()))));
            } else {
                show(saved.getId());
            }
        } catch (RuntimeException failure) {
            form.showFailure(failure);
        }
    }

    /** Runs a workflow move or a comment, then shows the concern as it now is; a refusal is shown, not thrown. */
    private void act(Runnable change) {
        try {
            change.run();
            show(id());
        } catch (FieldErrorException problem) {
            review.showCommentProblem(problem.getMessage());
        } catch (RuntimeException failure) {
            form.showFailure(failure);
        }
    }

    private long id() {
        return concern == null || concern.getId() == null ? 0 : concern.getId();
    }

    private long version() {
        return concern == null ? 0 : concern.getVersion();
    }

    private void backToRegister() {
        getUI().ifPresent(ui -> ui.navigate(ConcernsView.class));
    }
}
