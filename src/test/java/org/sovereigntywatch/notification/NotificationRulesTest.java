package org.sovereigntywatch.notification;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.PinnableClock;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.ReviewReminders;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.Publishable;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.ExpectedEventReminders;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereigntywatch.notification.NotificationReason.*;

/**
 * Each rule of who hears of what, acted out by users of each role and scope: the right people are told, once, and
 * nobody else; nobody is told of their own doing.
 */
@IntegrationTest
class NotificationRulesTest {

    @Autowired TestRecords records;
    @Autowired RunAs runAs;
    @Autowired ConcernService concerns;
    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired JurisdictionService jurisdictions;
    @Autowired UserService users;
    @Autowired NotificationService notifications;
    @Autowired WatchService watches;
    @Autowired ReviewReminders reviewReminders;
    @Autowired ExpectedEventReminders eventReminders;
    @Autowired PinnableClock clock;

    private Platform platform;
    private String owner;

    @BeforeEach
    void aPlatformAndAnOwnerOfTheirOwn() {
        platform = records.newPlatform();
        owner = records.userCovering(Role.ANALYST, "US");
    }

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    @Test
    void a_submitted_item_reaches_the_reviewers_covering_its_jurisdiction_and_nobody_else() {
        String usReviewer = records.userCovering(Role.REVIEWER, "US");
        String canadianReviewer = records.userCovering(Role.REVIEWER, "CA");
        String usAnalyst = records.userCovering(Role.ANALYST, "US");
        Concern draft = records.create(records.newConcern(platform, "US-MT", 3, 3));

        as("analyst", () -> concerns.move(draft.getId(), draft.getVersion(), PublicationState.IN_REVIEW, null));

        for (String told : List.of(usReviewer, "reviewer", "admin")) {
            assertThat(reasonsAbout(told, draft)).as(told).containsExactly(SUBMITTED);
        }
        for (String untold : List.of(canadianReviewer, usAnalyst, "analyst", "viewer")) {
            assertThat(reasonsAbout(untold, draft)).as(untold).isEmpty();
        }
        NotificationLine line = about(usReviewer, draft).getFirst();
        assertThat(english(line.message())).contains("submitted", draft.getTitle());
        assertThat(line.itemKind()).isEqualTo(ConcernService.KIND);
    }

    @Test
    void a_return_to_draft_tells_the_author_and_the_owner_with_the_comment_and_publication_tells_them_too() {
        Concern submitted = submitted(ownedBy(owner));

        Concern returned = as("reviewer", () -> concerns.move(submitted.getId(), submitted.getVersion(),
                PublicationState.DRAFT, "Cite the court order."));

        for (String told : List.of("analyst", owner)) {
            NotificationLine line = about(told, submitted).getFirst();
            assertThat(line.reason()).as(told).isEqualTo(RETURNED);
            assertThat(line.detail()).isEqualTo("Cite the court order.");
        }
        assertThat(reasonsAbout("reviewer", submitted)).containsExactly(SUBMITTED);

        Concern again = as("analyst", () -> concerns.move(returned.getId(), returned.getVersion(),
                PublicationState.IN_REVIEW, null));
        as("reviewer", () -> concerns.move(again.getId(), again.getVersion(), PublicationState.PUBLISHED, null));
        assertThat(reasonsAbout(owner, submitted)).containsExactly(PUBLISHED, RETURNED);
        assertThat(reasonsAbout("analyst", submitted)).containsExactly(PUBLISHED, RETURNED);
    }

    @Test
    void a_comment_tells_the_others_taking_part_in_the_discussion() {
        Concern submitted = submitted(ownedBy(owner));
        String bystander = records.userCovering(Role.ANALYST, "US");

        as("reviewer", () -> concerns.comment(submitted.getId(), "Which court?"));
        assertThat(about("analyst", submitted).getFirst().detail()).isEqualTo("Which court?");
        assertThat(reasonsAbout(owner, submitted)).containsExactly(COMMENTED);
        assertThat(reasonsAbout("reviewer", submitted)).containsExactly(SUBMITTED);

        as("analyst", () -> concerns.comment(submitted.getId(), "The district court."));
        assertThat(reasonsAbout("reviewer", submitted)).containsExactly(COMMENTED, SUBMITTED);
        assertThat(reasonsAbout("analyst", submitted)).containsExactly(COMMENTED);
        assertThat(reasonsAbout(bystander, submitted)).isEmpty();
    }

    @Test
    void publication_tells_those_who_watch_its_jurisdiction_country_or_platform_but_not_other_places() {
        String stateWatcher = records.userCovering(Role.VIEWER, "CA");
        String countryWatcher = records.userCovering(Role.VIEWER, "CA");
        String platformWatcher = records.userCovering(Role.VIEWER, "CA");
        String elsewhere = records.userCovering(Role.VIEWER, "CA");
        watch(stateWatcher, WatchTarget.JURISDICTION, jurisdiction("US-MT"));
        watch(countryWatcher, WatchTarget.JURISDICTION, jurisdiction("US"));
        watch(platformWatcher, WatchTarget.PLATFORM, platform.getId());
        watch(elsewhere, WatchTarget.JURISDICTION, jurisdiction("IN"));

        Concern published = records.publish(records.create(records.newConcern(platform, "US-MT", 3, 3)));

        for (String told : List.of(stateWatcher, countryWatcher, platformWatcher)) {
            assertThat(reasonsAbout(told, published)).as(told).containsExactly(WATCHED_PUBLISHED);
        }
        assertThat(reasonsAbout(elsewhere, published)).isEmpty();
    }

    @Test
    void a_new_event_on_a_measure_linked_to_a_concern_asks_its_owner_to_reassess_it_until_it_is_reviewed() {
        LocalDate today = LocalDate.now(clock);
        Concern concern = records.create(ownedBy(owner));
        PolicyMeasure measure = measureIn("US");
        as("analyst", () -> {
            measures.linkConcern(measure.getId(), concern.getId());
            return null;
        });
        assertThat(as(owner, () -> concerns.get(concern.getId())).getNextReview()).isAfter(today);

        PolicyEvent expected = event(measure, EventAction.RULING, true);
        assertThat(as(owner, () -> concerns.get(concern.getId())).getReassessEventId()).isNull();

        PolicyEvent injunction = event(measure, EventAction.INJUNCTION, false);

        Concern marked = as(owner, () -> concerns.get(concern.getId()));
        assertThat(marked.getReassessEventId()).isEqualTo(injunction.getId());
        assertThat(marked.getNextReview()).isEqualTo(today);
        NotificationLine line = about(owner, concern).getFirst();
        assertThat(line.reason()).isEqualTo(REASSESS);
        assertThat(english(line.message())).contains("Re-assess", concern.getTitle(), "Injunction",
                measure.getTitle());

        // The expected ruling happens: news again.
        expected.setExpected(false);
        PolicyEvent ruling = as("analyst", () -> events.save(expected));
        assertThat(as(owner, () -> concerns.get(concern.getId())).getReassessEventId()).isEqualTo(ruling.getId());

        Concern reviewed = as(owner, () -> concerns.get(concern.getId()));
        reviewed.setNextReview(today.plusMonths(3));
        as(owner, () -> concerns.update(reviewed));
        assertThat(as(owner, () -> concerns.get(concern.getId())).getReassessEventId()).isNull();
    }

    @Test
    void a_new_event_of_a_published_measure_reaches_whoever_watches_its_jurisdiction_and_a_drafts_does_not() {
        String watcher = records.userCovering(Role.VIEWER, "CA");
        watch(watcher, WatchTarget.JURISDICTION, jurisdiction("NP"));
        PolicyMeasure draft = measureIn("NP");
        event(draft, EventAction.ANNOUNCED, false);
        assertThat(reasonsAbout(watcher, draft)).isEmpty();

        PolicyMeasure published = publish(measureIn("NP"));
        assertThat(reasonsAbout(watcher, published)).containsExactly(WATCHED_PUBLISHED);
        PolicyEvent lifted = as("reviewer", () -> events.save(new PolicyEvent(published,
                PolicyDate.day(2025, 9, 9), EventAction.LIFTED, "Ban lifted")));

        NotificationLine line = about(watcher, published).getFirst();
        assertThat(line.reason()).isEqualTo(WATCHED_EVENT);
        assertThat(english(line.message())).contains(published.getTitle(), "Lifted", "2025");
        assertThat(lifted.getId()).isNotNull();
    }

    @Test
    void a_review_coming_due_and_then_overdue_tells_the_owner_once_each_however_often_the_job_runs() {
        LocalDate today = LocalDate.now(clock);
        Concern concern = ownedBy(owner);
        concern.setNextReview(today.plusDays(9));
        Concern saved = records.create(concern);

        reviewReminders.remind();
        assertThat(reasonsAbout(owner, saved)).isEmpty();

        clock.pin(today.plusDays(2));
        reviewReminders.remind();
        reviewReminders.remind();
        assertThat(reasonsAbout(owner, saved)).containsExactly(REVIEW_DUE);
        assertThat(english(about(owner, saved).getFirst().message()))
                .contains("is due on", String.valueOf(today.plusDays(9).getYear()));

        clock.pin(today.plusDays(9));
        reviewReminders.remind();
        assertThat(reasonsAbout(owner, saved)).containsExactly(REVIEW_DUE);
        clock.pin(today.plusDays(10));
        reviewReminders.remind();
        reviewReminders.remind();
        assertThat(reasonsAbout(owner, saved)).containsExactly(REVIEW_OVERDUE, REVIEW_DUE);
    }

    @Test
    void an_expected_event_within_a_week_tells_the_measures_watchers_once() {
        String watcher = records.userCovering(Role.VIEWER, "CA");
        PolicyMeasure published = publish(measureIn("IN"));
        watch(watcher, WatchTarget.MEASURE, published.getId());
        LocalDate today = LocalDate.now(clock);
        PolicyEvent deadline = new PolicyEvent(published, PolicyDate.day(today.plusDays(10).getYear(), today.plusDays(10).getMonthValue(),
                today.plusDays(10).getDayOfMonth()), EventAction.DEADLINE,
                "Divest by then");
        deadline.setExpected(true);
        as("reviewer", () -> events.save(deadline));
        assertThat(reasonsAbout(watcher, published)).containsExactly(WATCHED_EVENT);

        eventReminders.remind();
        assertThat(reasonsAbout(watcher, published)).containsExactly(WATCHED_EVENT);
        clock.pin(today.plusDays(4));
        eventReminders.remind();
        eventReminders.remind();
        assertThat(reasonsAbout(watcher, published)).containsExactly(EVENT_EXPECTED, WATCHED_EVENT);
    }

    // --- helpers ---

    private Concern ownedBy(String username) {
        Concern concern = records.newConcern(platform, "US", 3, 3);
        concern.setOwner(as("admin", () -> users.findByUsername(username).orElseThrow()));
        return concern;
    }

    private Concern submitted(Concern unsaved) {
        Concern draft = records.create(unsaved);
        return as("analyst", () -> concerns.move(draft.getId(), draft.getVersion(), PublicationState.IN_REVIEW, null));
    }

    private PolicyMeasure measureIn(String jurisdiction) {
        PolicyMeasure measure = new PolicyMeasure("Measure " + UUID.randomUUID());
        measure.setJurisdiction(as("viewer", () -> jurisdictions.findByCode(jurisdiction).orElseThrow()));
        measure.setPlatforms(Set.of(platform));
        return as("analyst", () -> measures.create(measure));
    }

    private PolicyMeasure publish(PolicyMeasure measure) {
        PolicyMeasure submitted = as("analyst", () -> measures.move(measure.getId(), measure.getVersion(),
                PublicationState.IN_REVIEW, null));
        return as("reviewer", () -> measures.move(submitted.getId(), submitted.getVersion(),
                PublicationState.PUBLISHED, null));
    }

    private PolicyEvent event(PolicyMeasure measure, EventAction action, boolean expected) {
        PolicyEvent event = new PolicyEvent(measure, PolicyDate.day(2026, 1, 20), action, action.name());
        event.setExpected(expected);
        return as("analyst", () -> events.save(event));
    }

    private long jurisdiction(String code) {
        return as("viewer", () -> jurisdictions.findByCode(code).orElseThrow()).getId();
    }

    private void watch(String username, WatchTarget target, long id) {
        as(username, () -> {
            watches.watch(target, id);
            return null;
        });
    }

    /** The user's notifications about this item, newest first, as they may see them. */
    private List<NotificationLine> about(String username, Publishable item) {
        String kind = item instanceof Concern ? ConcernService.KIND : MeasureService.KIND;
        return as(username, () -> notifications.list(0, 10_000)).stream()
                .filter(line -> kind.equals(line.itemKind()) && item.getId().equals(line.itemId())).toList();
    }

    private List<NotificationReason> reasonsAbout(String username, Publishable item) {
        return about(username, item).stream().map(NotificationLine::reason).toList();
    }

    private static String english(org.sovereigntywatch.base.Text text) {
        return Texts.format(Locale.UK, text);
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }
}
