package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.sovereigntywatch.base.ui.BrowserTime;
import org.sovereigntywatch.base.ui.ConfirmDelete;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.base.ui.ViewClock;
import org.sovereigntywatch.security.ApiTokenRow;
import org.sovereigntywatch.security.ApiTokenStatus;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Personal access tokens in a grid, each usable one with a button to revoke it after a question: a user's own on the
 * account page, everyone's (with their owner) on the admins' page. A token shows by its name and its last four
 * characters, never its secret.
 */
class ApiTokensList extends Grid<ApiTokenRow> {

    /**
     * @param withOwner whether to show whose each token is
     * @param revoke    revokes a token, once the user confirmed, and refreshes the list
     */
    ApiTokensList(boolean withOwner, Consumer<ApiTokenRow> revoke) {
        super(ApiTokenRow.class, false);
        Instant now = ViewClock.clock().instant();
        if (withOwner) {
            addColumn(token -> token.ownerName() + " (" + token.owner() + ")").setHeader(getTranslation("api-token.owner"))
                    .setFlexGrow(2);
        }
        addColumn(ApiTokenRow::name).setHeader(getTranslation("api-token.name")).setFlexGrow(2);
        addColumn(ApiTokenRow::hint).setHeader(getTranslation("api-token.token"));
        addColumn(token -> BrowserTime.format(token.createdAt())).setHeader(getTranslation("api-token.created"));
        addColumn(token -> BrowserTime.format(token.expiresAt())).setHeader(getTranslation("api-token.expires"));
        addColumn(token -> token.lastUsedAt() == null ? getTranslation("api-token.never-used")
                : BrowserTime.format(token.lastUsedAt())).setHeader(getTranslation("api-token.last-used"));
        addColumn(token -> status(token, now)).setHeader(getTranslation("api-token.status"));
        addComponentColumn(token -> token.status(now) == ApiTokenStatus.USABLE ? revokeButton(token, revoke)
                : new Span()).setHeader("").setKey("revoke").setAutoWidth(true);
        setEmptyStateText(getTranslation("api-token.none"));
    }

    private static String status(ApiTokenRow token, Instant now) {
        return token.status(now) == ApiTokenStatus.REVOKED
                ? Translations.text("api-token.revoked-by", token.revokedBy(), BrowserTime.format(token.revokedAt()))
                : Translations.label(token.status(now));
    }

    private Button revokeButton(ApiTokenRow token, Consumer<ApiTokenRow> revoke) {
        Button button = new Button(getTranslation("api-token.revoke"), click -> ConfirmDelete.ask(
                getTranslation("api-token.revoke.header"), getTranslation("api-token.revoke.question", token.name()),
                getTranslation("api-token.revoke"), () -> {
                    revoke.accept(token);
                    Notifications.success(getTranslation("api-token.revoked", token.name()));
                }));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        button.getElement().setAttribute("aria-label", getTranslation("api-token.revoke.aria", token.name()));
        return button;
    }
}
