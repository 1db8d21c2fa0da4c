package org.sovereigntywatch.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.function.Supplier;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The watchlist, the notifications and their settings for a reader whose browser prefers French. */
class NotificationsInFrenchTest extends KaribuTest {

    @Autowired TestRecords records;
    @Autowired RunAs runAs;
    @Autowired ConcernService concerns;
    @Autowired JurisdictionService jurisdictions;

    @Test
    void a_french_viewer_watching_germany_reads_de_allemagne_on_a_watchlist_wholly_in_french() {
        String viewer = records.userCovering(Role.VIEWER, "US");
        login(viewer);
        browserPrefers(Locale.FRANCE);
        UI.getCurrent().navigate(WatchlistView.class);
        WatchlistView watchlist = _get(WatchlistView.class);
        assertThat(watchlist.grid.getEmptyStateText()).isEqualTo("Vous ne suivez rien pour l’instant.");

        _setValue(watchlist.jurisdiction, as(viewer, () -> jurisdictions.findByCode("DE").orElseThrow()));
        _click(watchlist.watchJurisdiction);

        assertThat(_size(watchlist.grid)).isOne();
        assertThat(_getFormattedRow(watchlist.grid, 0).getFirst()).isEqualTo("Juridiction");
        assertThat(((Span) _getCellComponent(watchlist.grid, 0, "name")).getText()).isEqualTo("DE — Allemagne");
        assertThat(((Button) _getCellComponent(watchlist.grid, 0, "remove")).getText()).isEqualTo("Ne plus suivre");
        ShownTexts.assertReadsInFrench();
    }

    @Test
    void a_french_reviewer_reads_the_notifications_page_wholly_in_french() {
        String reviewer = records.userCovering(Role.REVIEWER, "US");
        Concern submitted = submittedDraft();
        login(reviewer);
        browserPrefers(Locale.FRANCE);
        UI.getCurrent().navigate(NotificationsView.class);
        NotificationsView page = _get(NotificationsView.class);

        assertThat(page.grid.getColumns()).extracting(column -> column.getHeaderText())
                .containsExactly("Ce qui s’est passé", "Quand", "");
        Div message = (Div) _getCellComponent(page.grid, 0, "message");
        assertThat(_get(message, Button.class).getText())
                .isEqualTo("Ana Analyst a soumis « " + submitted.getTitle() + " » à la relecture.");
        assertThat(((Button) _getCellComponent(page.grid, 0, "read")).getText()).isEqualTo("Marquer comme lue");
        assertThat(page.markAllRead.getText()).isEqualTo("Tout marquer comme lu");
        ShownTexts.assertReadsInFrench();
    }

    @Test
    void a_french_analyst_is_told_in_french_that_this_server_sends_no_email() {
        login("analyst");
        browserPrefers(Locale.FRANCE);
        UI.getCurrent().navigate(NotificationsView.class);
        _click(_get(NotificationsView.class).settings);

        NotificationSettingsView settings = _get(NotificationSettingsView.class);
        assertThat(_get(settings, Paragraph.class, spec -> spec.withClasses("mail-off")).getText())
                .startsWith("L’envoi d’e-mails n’est pas configuré sur ce serveur");
        ShownTexts.assertReadsInFrench();
    }

    private Concern submittedDraft() {
        Concern draft = records.create(records.newConcern(records.newPlatform(), "US", 3, 3));
        return as("analyst", () -> concerns.move(draft.getId(), draft.getVersion(), PublicationState.IN_REVIEW, null));
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }
}
