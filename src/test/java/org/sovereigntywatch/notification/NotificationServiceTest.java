package org.sovereigntywatch.notification;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A user reads and marks only their own notifications, and a notification never shows what its reader may not see
 * when reading it, whatever they could see when it was written.
 */
@IntegrationTest
class NotificationServiceTest {

    @Autowired TestRecords records;
    @Autowired RunAs runAs;
    @Autowired ConcernService concerns;
    @Autowired UserService users;
    @Autowired NotificationService notifications;
    @Autowired DeliveryStore deliveries;
    @Autowired JdbcClient jdbc;

    @Test
    void without_smtp_notifications_stay_in_the_app_and_no_mail_can_be_chosen() {
        String reviewer = records.userCovering(Role.REVIEWER, "US");
        as(reviewer, () -> {
            users.changeOwnEmail(reviewer + "@example.org");
            return null;
        });
        assertThat(as(reviewer, notifications::mailIsOn)).isFalse();
        assertThatThrownBy(() -> as(reviewer, () -> {
            notifications.chooseDelivery(NotificationReason.SUBMITTED, Delivery.INSTANT);
            return null;
        })).isInstanceOf(WorkflowException.class).hasMessageContaining("notification.delivery.mail-off");
        as(reviewer, () -> {
            notifications.chooseDelivery(NotificationReason.SUBMITTED, Delivery.IN_APP);
            return null;
        });

        // A choice made while mail was on does not queue mail once it is off.
        long reviewerId = as(reviewer, users::current).getId();
        deliveries.choose(reviewerId, NotificationReason.SUBMITTED, Delivery.INSTANT);
        submittedDraft(records.newPlatform());
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = :id and delivery is null")
                .param("id", reviewerId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = :id and delivery is not null")
                .param("id", reviewerId).query(Long.class).single()).isZero();
    }

    @Test
    void a_users_address_is_theirs_to_change_and_must_be_an_address() {
        String analyst = records.userCovering(Role.ANALYST, "US");
        assertThatThrownBy(() -> as(analyst, () -> {
            users.changeOwnEmail("analyst at example");
            return null;
        })).isInstanceOf(FieldErrorException.class).hasMessageContaining("user.email.invalid");
        assertThat(as(analyst, users::ownEmail)).isEmpty();

        as(analyst, () -> {
            users.changeOwnEmail("  ana@example.org ");
            return null;
        });
        assertThat(as(analyst, users::ownEmail)).contains("ana@example.org");
        assertThat(as("admin", () -> users.findByUsername(analyst)).orElseThrow().getEmail())
                .contains("ana@example.org");
    }

    @Test
    void a_user_reads_and_marks_only_their_own_notifications() {
        String reviewer = records.userCovering(Role.REVIEWER, "US");
        String otherReviewer = records.userCovering(Role.REVIEWER, "US");
        Concern first = submittedDraft(records.newPlatform());
        Concern second = submittedDraft(records.newPlatform());

        assertThat(as(reviewer, notifications::unreadCount)).isEqualTo(2);
        assertThat(as(reviewer, notifications::count)).isEqualTo(2);
        List<NotificationLine> lines = as(reviewer, () -> notifications.list(0, 10));
        assertThat(lines).extracting(NotificationLine::itemId).containsExactly(second.getId(), first.getId());
        NotificationLine theirs = lines.getFirst();

        assertThat(as("viewer", () -> notifications.list(0, 1000)))
                .extracting(NotificationLine::id).doesNotContain(theirs.id());
        assertThatThrownBy(() -> as(otherReviewer, () -> {
            notifications.markRead(theirs.id());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(as(reviewer, notifications::unreadCount)).isEqualTo(2);

        as(reviewer, () -> {
            notifications.markRead(theirs.id());
            return null;
        });
        assertThat(as(reviewer, notifications::unreadCount)).isEqualTo(1);
        assertThat(as(reviewer, () -> notifications.list(0, 10)).getFirst().read()).isTrue();
        assertThat(as(otherReviewer, notifications::unreadCount)).isEqualTo(2);

        assertThat(as(reviewer, notifications::markAllRead)).isEqualTo(1);
        assertThat(as(reviewer, notifications::unreadCount)).isZero();
        assertThat(as(otherReviewer, notifications::unreadCount)).isEqualTo(2);
    }

    @Test
    void a_notification_about_an_item_its_reader_may_no_longer_see_shows_nothing_of_it() {
        String reviewer = records.userCovering(Role.REVIEWER, "US");
        Concern submitted = submittedDraft(records.newPlatform());
        as(reviewer, () -> concerns.comment(submitted.getId(), "Which source?"));
        as("analyst", () -> concerns.comment(submitted.getId(), "A secret about the draft"));
        NotificationLine before = as(reviewer, () -> notifications.list(0, 10)).getFirst();
        assertThat(before.shown()).isTrue();
        assertThat(before.detail()).isEqualTo("A secret about the draft");

        AppUser moved = as("admin", () -> users.findByUsername(reviewer).orElseThrow());
        moved.setJurisdictionCodes(Set.of("CA"));
        as("admin", () -> users.update(moved));

        List<NotificationLine> after = as(reviewer, () -> notifications.list(0, 10));
        assertThat(after).hasSize(2).allSatisfy(line -> {
            assertThat(line.shown()).isFalse();
            assertThat(line.itemKind()).isNull();
            assertThat(line.itemId()).isNull();
            assertThat(line.detail()).isNull();
            assertThat(line.message().key()).isEqualTo("notification.unseen");
            assertThat(line.message().args()).isEmpty();
        });
        assertThat(as(reviewer, notifications::unreadCount)).isEqualTo(2);
    }

    @Test
    void nobody_is_told_of_an_item_they_may_not_see_when_it_happens() {
        String canadianAnalyst = records.userCovering(Role.ANALYST, "CA");
        Concern concern = records.newConcern(records.newPlatform(), "US", 3, 3);
        concern.setOwner(as("admin", () -> users.findByUsername(canadianAnalyst).orElseThrow()));
        Concern draft = records.create(concern);
        Concern submitted = as("analyst", () -> concerns.move(draft.getId(), draft.getVersion(),
                PublicationState.IN_REVIEW, null));
        as("reviewer", () -> concerns.move(submitted.getId(), submitted.getVersion(), PublicationState.DRAFT,
                "Not yet"));

        assertThat(as(canadianAnalyst, notifications::count)).isZero();
    }

    private Concern submittedDraft(Platform platform) {
        Concern draft = records.create(records.newConcern(platform, "US", 3, 3));
        return as("analyst", () -> concerns.move(draft.getId(), draft.getVersion(), PublicationState.IN_REVIEW, null));
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }
}
