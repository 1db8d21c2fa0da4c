package org.sovereigntywatch.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.ui.ConcernEditorView;
import org.sovereigntywatch.dashboard.ui.DashboardView;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.notification.NotificationLine;
import org.sovereigntywatch.notification.NotificationService;
import org.sovereigntywatch.notification.UnreadSignals;
import org.sovereigntywatch.notification.UnreadSignals.UnreadCount;
import org.sovereigntywatch.notification.WatchService;
import org.sovereigntywatch.notification.WatchTarget;
import org.sovereigntywatch.notification.Watched;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bell, the notifications page, the watch star, the watchlist and the re-assess notice, as their users meet them.
 */
class NotificationPagesTest extends KaribuTest {

    @Autowired TestRecords records;
    @Autowired RunAs runAs;
    @Autowired ConcernService concerns;
    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired JurisdictionService jurisdictions;
    @Autowired UserService users;
    @Autowired NotificationService notifications;
    @Autowired WatchService watches;
    @Autowired UnreadSignals signals;

    @Test
    void the_bell_counts_a_new_notification_without_a_reload_and_opening_it_goes_to_the_item_and_marks_it_read() {
        String reviewer = records.userCovering(Role.REVIEWER, "US");
        login(reviewer);
        UI.getCurrent().navigate(DashboardView.class);
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.shownCount()).isNull();
        assertThat(bell.getAriaLabel()).hasValue("Notifications: none unread");

        // Submitted in another request, by the analyst.
        Concern submitted = CompletableFuture.supplyAsync(this::submittedDraft).join();
        signals.lookForNew();
        awaitUi(() -> "1".equals(bell.shownCount()));
        assertThat(bell.getAriaLabel()).hasValue("Notifications: 1 unread");
        // A look at new notifications counts before the reviewer opens this one, and its count reaches the page after.
        UnreadCount countedBeforeOpening = signals.read(() -> as(reviewer, notifications::unreadCount));

        _click(bell);
        NotificationsView page = _get(NotificationsView.class);
        assertThat(_size(page.grid)).isOne();
        NotificationLine line = _get(page.grid, 0);
        assertThat(line.read()).isFalse();
        Div message = (Div) _getCellComponent(page.grid, 0, "message");
        Button open = _get(message, Button.class);
        assertThat(open.getText()).isEqualTo("Ana Analyst submitted “" + submitted.getTitle() + "” for review.");

        _click(open);
        assertThat(_get(ConcernEditorView.class).getForm()).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("concerns/" + submitted.getId());
        assertThat(bell.shownCount()).isNull();
        assertThat(as(reviewer, notifications::unreadCount)).isZero();

        bell.show(countedBeforeOpening);
        assertThat(bell.shownCount()).as("a count read before the notification was opened, arriving late").isNull();
    }

    @Test
    void mark_all_read_clears_the_bell() {
        String reviewer = records.userCovering(Role.REVIEWER, "US");
        submittedDraft();
        submittedDraft();
        login(reviewer);
        UI.getCurrent().navigate(NotificationsView.class);
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.shownCount()).isEqualTo("2");

        _click(_get(NotificationsView.class).markAllRead);
        awaitUi(() -> bell.shownCount() == null);
        assertThat(as(reviewer, notifications::unreadCount)).isZero();
    }

    @Test
    void on_a_server_without_smtp_the_email_settings_say_notifications_stay_in_the_app_and_offer_no_choice() {
        login("analyst");
        UI.getCurrent().navigate(NotificationsView.class);
        _click(_get(NotificationsView.class).settings);

        NotificationSettingsView settings = _get(NotificationSettingsView.class);
        assertThat(_get(settings, Paragraph.class, spec -> spec.withClasses("mail-off")).getText())
                .startsWith("E-mail is not set up on this server, so you hear of everything in the app only.");
        assertThat(settings.deliveries).isEmpty();
        assertThat(_find(settings, Select.class)).isEmpty();
        assertThat(_find(settings, EmailField.class)).isEmpty();
    }

    @Test
    void the_star_on_a_concern_page_puts_it_on_the_watchlist_which_opens_it_and_takes_it_off() {
        String viewer = records.userCovering(Role.VIEWER, "US");
        Concern published = records.publish(records.create(records.newConcern(records.newPlatform(), "US", 3, 3)));
        login(viewer);
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", String.valueOf(published.getId())));
        WatchStar star = _get(WatchStar.class);
        assertThat(star.isWatched()).isFalse();
        assertThat(star.getText()).isEqualTo("Watch");

        _click(star);
        assertThat(star.isWatched()).isTrue();
        assertThat(star.getText()).isEqualTo("Watching");
        assertThat(as(viewer, () -> watches.watched(Locale.UK))).extracting(Watched::name)
                .containsExactly(published.getTitle());

        UI.getCurrent().navigate(WatchlistView.class);
        WatchlistView watchlist = _get(WatchlistView.class);
        assertThat(_size(watchlist.grid)).isOne();
        _click((Button) _getCellComponent(watchlist.grid, 0, "remove"));
        assertThat(_size(watchlist.grid)).isZero();
        assertThat(as(viewer, () -> watches.watched(Locale.UK))).isEmpty();
    }

    @Test
    void the_watchlist_adds_a_jurisdiction_chosen_in_its_picker() {
        String viewer = records.userCovering(Role.VIEWER, "US");
        login(viewer);
        UI.getCurrent().navigate(WatchlistView.class);
        WatchlistView watchlist = _get(WatchlistView.class);
        _setValue(watchlist.jurisdiction, as(viewer, () -> jurisdictions.findByCode("NP").orElseThrow()));
        _click(watchlist.watchJurisdiction);

        assertThat(as(viewer, () -> watches.watched(Locale.UK))).extracting(Watched::target, Watched::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WatchTarget.JURISDICTION, "NP — Nepal"));
        assertThat(_size(watchlist.grid)).isOne();
    }

    @Test
    void a_concern_asked_for_a_reassessment_says_so_above_its_form_with_the_event_and_its_measure() {
        Concern concern = records.create(records.newConcern(records.newPlatform(), "US", 3, 3));
        PolicyMeasure measure = new PolicyMeasure("Measure " + UUID.randomUUID());
        measure.setJurisdiction(as("viewer", () -> jurisdictions.findByCode("US").orElseThrow()));
        measure.setPlatforms(java.util.Set.of(concern.getPlatform()));
        PolicyMeasure saved = as("analyst", () -> measures.create(measure));
        as("analyst", () -> {
            measures.linkConcern(saved.getId(), concern.getId());
            return events.save(new PolicyEvent(saved, PolicyDate.day(2020, 9, 27), EventAction.INJUNCTION,
                    "A court enjoins the ban"));
        });

        login("analyst");
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", String.valueOf(concern.getId())));
        Div notice = _get(Div.class, spec -> spec.withClasses("reassess-notice"));
        assertThat(notice.getElement().getTextRecursively())
                .contains("Re-assess: Injunction, 27 September 2020", saved.getTitle(), "next review");
    }

    private Concern submittedDraft() {
        Concern draft = records.create(records.newConcern(records.newPlatform(), "US", 3, 3));
        return as("analyst", () -> concerns.move(draft.getId(), draft.getVersion(), PublicationState.IN_REVIEW, null));
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }
}
