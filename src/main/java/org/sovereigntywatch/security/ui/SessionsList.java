package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.sovereigntywatch.base.ui.BrowserTime;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.security.OpenSession;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Open sessions in a grid, each with a way to end it: the user's own on the account page, a user's on the admin's
 * Users page. A handful of rows at most (one per browser), so the grid is filled, not lazy.
 */
class SessionsList extends Grid<OpenSession> {

    private final Supplier<List<OpenSession>> sessions;

    SessionsList(Supplier<List<OpenSession>> sessions, Consumer<OpenSession> end) {
        super(OpenSession.class, false);
        this.sessions = sessions;
        addColumn(session -> Translations.text(session.browser())).setHeader(getTranslation("security.sessions.browser")).setFlexGrow(2);
        addColumn(OpenSession::address).setHeader(getTranslation("security.sessions.address"));
        addColumn(session -> BrowserTime.format(session.started())).setHeader(getTranslation("security.sessions.signed-in"));
        addColumn(session -> BrowserTime.format(session.lastActive())).setHeader(getTranslation("security.sessions.last-active"));
        addComponentColumn(session -> session.current() ? new Span(getTranslation("security.sessions.this-session")) : endButton(session, end))
                .setHeader("").setKey("end").setAutoWidth(true);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("security.sessions.none"));
        refresh();
    }

    void refresh() {
        setItems(sessions.get());
    }

    private Button endButton(OpenSession session, Consumer<OpenSession> end) {
        Button button = new Button(getTranslation("security.sessions.end"), click -> {
            end.accept(session);
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        button.getElement().setAttribute("aria-label",
                getTranslation("security.sessions.end.aria", session.browser(), session.address()));
        return button;
    }
}
