package org.sovereigntywatch.concern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.TaskProgress;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.UserTexts;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.editorial.BulkResult;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.PublishableService;
import org.sovereigntywatch.editorial.ReviewEntry;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sovereigntywatch.base.UserTexts.english;
import static org.sovereigntywatch.editorial.PublicationState.ARCHIVED;
import static org.sovereigntywatch.editorial.PublicationState.DRAFT;
import static org.sovereigntywatch.editorial.PublicationState.IN_REVIEW;
import static org.sovereigntywatch.editorial.PublicationState.PUBLISHED;

/**
 * Bulk moves and assignments of concerns: each item goes through the single action's checks on its own, so a
 * selection mixing what the caller may and may not change comes back as two lists, the refusals with their reasons.
 */
@IntegrationTest
class ConcernBulkTest {

    @Autowired ConcernService concerns;
    @Autowired UserService users;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    private Platform platform;
    private Concern us1;
    private Concern us2;
    private Concern india;

    @BeforeEach
    void threeDraftsOfTheDemoAnalyst() {
        platform = records.newPlatform();
        us1 = records.create(records.newConcern(platform, "US", 2, 2));
        us2 = records.create(records.newConcern(platform, "US", 3, 3));
        india = records.create(records.newConcern(platform, "IN", 4, 4));
    }

    @Test
    void an_analyst_submits_drafts_in_scope_but_may_not_publish_them() {
        BulkResult submitted = as("analyst", () -> concerns.moveAll(ids(us1, us2, india), IN_REVIEW, null));

        assertThat(submitted.done()).extracting(BulkResult.Done::id, BulkResult.Done::title).containsExactly(
                tuple(us1.getId(), us1.getTitle()), tuple(us2.getId(), us2.getTitle()),
                tuple(india.getId(), india.getTitle()));
        assertThat(submitted.refused()).isEmpty();
        assertThat(stateOf(us1)).isEqualTo(IN_REVIEW);

        BulkResult published = as("analyst", () -> concerns.moveAll(ids(us1, us2), PUBLISHED, null));

        assertThat(published.done()).isEmpty();
        assertThat(published.refused()).extracting(BulkResult.Refused::title, refused -> english(refused.reason()))
                .containsExactly(tuple(us1.getTitle(), "Only reviewers and admins move an item to “Published”."),
                        tuple(us2.getTitle(), "Only reviewers and admins move an item to “Published”."));
        assertThat(stateOf(us1)).isEqualTo(IN_REVIEW);
    }

    @Test
    void a_reviewer_covering_the_us_publishes_the_us_concerns_and_is_refused_the_indian_one_with_the_reason() {
        as("analyst", () -> concerns.moveAll(ids(us1, us2, india), IN_REVIEW, null));
        String usReviewer = records.userCovering(Role.REVIEWER, "US");

        BulkResult result = as(usReviewer, () -> concerns.moveAll(ids(us1, india, us2), PUBLISHED, null));

        assertThat(result.done()).extracting(BulkResult.Done::id).containsExactly(us1.getId(), us2.getId());
        // An Indian concern in review is not even visible to them: refused without its title.
        assertThat(result.refused()).containsExactly(new BulkResult.Refused(india.getId(), null,
                new Text("bulk.refused.unseen")));
        assertThat(result.total()).isEqualTo(3);
        assertThat(stateOf(us1)).isEqualTo(PUBLISHED);
        assertThat(stateOf(us2)).isEqualTo(PUBLISHED);
        assertThat(stateOf(india)).isEqualTo(IN_REVIEW);
        assertThat(as("viewer", () -> concerns.reviewLog(us1.getId()))).last()
                .extracting(ReviewEntry::getAuthor, ReviewEntry::getToState).containsExactly(usReviewer, PUBLISHED);
    }

    @Test
    void a_reviewer_covering_the_us_archives_published_us_concerns_and_is_told_why_not_the_indian_one() {
        as("analyst", () -> concerns.moveAll(ids(us1, india), IN_REVIEW, null));
        as("reviewer", () -> concerns.moveAll(ids(us1, india), PUBLISHED, null));
        String usReviewer = records.userCovering(Role.REVIEWER, "US");

        BulkResult result = as(usReviewer, () -> concerns.moveAll(ids(india, us1), ARCHIVED, "Superseded."));

        assertThat(result.done()).containsExactly(new BulkResult.Done(us1.getId(), us1.getTitle()));
        assertThat(result.refused()).containsExactly(new BulkResult.Refused(india.getId(), india.getTitle(),
                new Text("security.scope.not-covered", "IN")));
        assertThat(stateOf(us1)).isEqualTo(ARCHIVED);
        assertThat(stateOf(india)).isEqualTo(PUBLISHED);
    }

    @Test
    void a_return_to_draft_carries_the_one_comment_to_each_item_and_is_refused_whole_without_one() {
        as("analyst", () -> concerns.moveAll(ids(us1, us2), IN_REVIEW, null));

        assertThatThrownBy(() -> as("reviewer", () -> concerns.moveAll(ids(us1, us2), DRAFT, "  ")))
                .isInstanceOf(FieldErrorException.class)
                .extracting(UserTexts::englishMessage)
                .isEqualTo("Say why it goes back to draft: the analyst will read this comment.");
        assertThat(stateOf(us1)).isEqualTo(IN_REVIEW);

        BulkResult result = as("reviewer", () -> concerns.moveAll(ids(us1, us2), DRAFT, "Cite the court ruling."));

        assertThat(result.done()).hasSize(2);
        for (Concern concern : List.of(us1, us2)) {
            assertThat(stateOf(concern)).isEqualTo(DRAFT);
            assertThat(as("analyst", () -> concerns.reviewLog(concern.getId()))).last()
                    .extracting(ReviewEntry::getComment).isEqualTo("Cite the court ruling.");
        }
    }

    @Test
    void items_changed_meanwhile_are_refused_by_their_state_or_moved_as_they_now_are() {
        as("analyst", () -> concerns.moveAll(ids(us1, us2, india), IN_REVIEW, null));
        // Between the reviewer's selection and the action: another reviewer publishes one, edits another and sends
        // the third back to draft.
        as("admin", () -> concerns.moveAll(ids(us1), PUBLISHED, null));
        Concern edited = as("admin", () -> concerns.get(us2.getId()));
        edited.setTitle(us2.getTitle() + " (edited)");
        as("admin", () -> concerns.update(edited));
        as("admin", () -> concerns.moveAll(ids(india), DRAFT, "Not yet."));

        BulkResult result = as("reviewer", () -> concerns.moveAll(ids(us1, us2, india), PUBLISHED, null));

        assertThat(result.done()).containsExactly(new BulkResult.Done(us2.getId(), us2.getTitle() + " (edited)"));
        assertThat(result.refused()).extracting(BulkResult.Refused::id, refused -> english(refused.reason()))
                .containsExactly(tuple(us1.getId(), "Already in the state “Published”."),
                        tuple(india.getId(), "An item in the state “Draft” cannot move to “Published”."));
        assertThat(as("viewer", () -> concerns.get(us2.getId())).getTitle()).isEqualTo(us2.getTitle() + " (edited)");
    }

    @Test
    void archived_concerns_are_refused_every_move_and_every_change() {
        as("reviewer", () -> concerns.moveAll(ids(us1), ARCHIVED, "Duplicate."));

        BulkResult archivedAgain = as("reviewer", () -> concerns.moveAll(ids(us1), ARCHIVED, null));
        BulkResult published = as("reviewer", () -> concerns.moveAll(ids(us1), PUBLISHED, null));
        BulkResult assigned = as("reviewer", () -> concerns.assignAll(ids(us1), null, LocalDate.of(2031, 1, 1)));

        assertThat(archivedAgain.refused()).extracting(refused -> english(refused.reason()))
                .containsExactly("Already in the state “Archived”.");
        assertThat(published.refused()).extracting(refused -> english(refused.reason()))
                .containsExactly("An item in the state “Archived” cannot move to “Published”.");
        assertThat(assigned.refused()).extracting(refused -> english(refused.reason()))
                .containsExactly("Archived items are read-only.");
        assertThat(as("reviewer", () -> concerns.get(us1.getId())).getNextReview()).isNotEqualTo(LocalDate.of(2031, 1, 1));
    }

    @Test
    void a_concern_the_caller_may_not_see_is_refused_without_its_title() {
        String canadianAnalyst = records.userCovering(Role.ANALYST, "CA");
        Concern canadian = as(canadianAnalyst, () -> concerns.create(records.newConcern(platform, "CA", 1, 1)));

        BulkResult result = as(canadianAnalyst, () -> concerns.moveAll(ids(canadian, us1), IN_REVIEW, null));

        assertThat(result.done()).extracting(BulkResult.Done::id).containsExactly(canadian.getId());
        assertThat(result.refused()).containsExactly(new BulkResult.Refused(us1.getId(), null,
                new Text("bulk.refused.unseen")));
        assertThat(stateOf(us1)).isEqualTo(DRAFT);
    }

    @Test
    void an_analyst_sets_owner_and_next_review_of_drafts_but_not_of_a_published_concern() {
        records.publish(as("analyst", () -> concerns.get(india.getId())));
        AppUser reviewer = as("admin", () -> users.findByUsername("reviewer").orElseThrow());
        LocalDate review = LocalDate.now().plusDays(40);

        BulkResult result = as("analyst", () -> concerns.assignAll(ids(us1, india, us2), reviewer.getId(), review));

        assertThat(result.done()).extracting(BulkResult.Done::id).containsExactly(us1.getId(), us2.getId());
        assertThat(result.refused()).extracting(BulkResult.Refused::id, refused -> english(refused.reason()))
                .containsExactly(tuple(india.getId(), "Only reviewers and admins edit items in the state “Published”."));
        Concern stored = as("analyst", () -> concerns.get(us1.getId()));
        assertThat(stored.getOwner()).isNotNull().extracting(AppUser::getUsername).isEqualTo("reviewer");
        assertThat(stored.getNextReview()).isEqualTo(review);
        assertThat(as("analyst", () -> concerns.get(india.getId())).getOwner())
                .extracting(AppUser::getUsername).isEqualTo("analyst");
    }

    @Test
    void only_the_next_review_changes_when_no_owner_is_given() {
        LocalDate review = LocalDate.now().plusDays(10);

        as("analyst", () -> concerns.assignAll(ids(us1), null, review));

        Concern stored = as("analyst", () -> concerns.get(us1.getId()));
        assertThat(stored.getNextReview()).isEqualTo(review);
        assertThat(stored.getOwner()).extracting(AppUser::getUsername).isEqualTo("analyst");
    }

    @Test
    void an_assignment_with_nothing_to_set_or_to_a_user_who_cannot_sign_in_changes_nothing() {
        AppUser gone = as("admin", () -> users.findByUsername(records.userCovering(Role.ANALYST, "US")).orElseThrow());
        gone.setEnabled(false);
        as("admin", () -> users.update(gone));

        assertThatThrownBy(() -> as("analyst", () -> concerns.assignAll(ids(us1), null, null)))
                .isInstanceOf(FieldErrorException.class)
                .satisfies(UserTexts.readsInEnglish("Choose a new owner, a next review date, or both."));
        assertThatThrownBy(() -> as("analyst", () -> concerns.assignAll(ids(us1), gone.getId(), null)))
                .isInstanceOf(FieldErrorException.class)
                .satisfies(UserTexts.readsInEnglish("This user cannot sign in, so cannot follow concerns up."));
        assertThat(as("analyst", () -> concerns.get(us1.getId())).getVersion()).isEqualTo(us1.getVersion());
    }

    @Test
    void an_assignment_refused_before_it_runs_says_why_in_the_readers_language() {
        AppUser gone = as("admin", () -> users.findByUsername(records.userCovering(Role.ANALYST, "US")).orElseThrow());
        gone.setEnabled(false);
        as("admin", () -> users.update(gone));

        assertThatThrownBy(() -> as("analyst", () -> {
            concerns.checkAssignment(null, null);
            return null;
        })).isInstanceOfSatisfying(FieldErrorException.class, refused -> {
            assertThat(refused.getProperty()).isEqualTo("owner");
            assertThat(UserTexts.frenchMessage(refused))
                    .isEqualTo("Choisissez un nouveau responsable, une date de prochaine revue, ou les deux.");
        });
        assertThatThrownBy(() -> as("analyst", () -> concerns.assignAll(ids(us1), gone.getId(), null)))
                .isInstanceOfSatisfying(FieldErrorException.class, refused -> assertThat(UserTexts.frenchMessage(refused))
                        .isEqualTo("Cet utilisateur ne peut pas se connecter et ne peut donc pas assurer le suivi "
                                + "de préoccupations."));
    }

    @Test
    void ids_of_all_matching_are_only_those_the_caller_may_see() {
        records.publish(us2);
        ConcernFilter onPlatform = ConcernFilter.ALL.withPlatforms(Set.of(platform.getId()));

        assertThat(as("analyst", () -> concerns.ids(onPlatform)))
                .containsExactly(us1.getId(), us2.getId(), india.getId());
        assertThat(as("analyst", () -> concerns.ids(onPlatform.withStates(Set.of(DRAFT)))))
                .containsExactly(us1.getId(), india.getId());
        assertThat(as("viewer", () -> concerns.ids(onPlatform))).containsExactly(us2.getId());
        assertThat(as(records.userCovering(Role.ANALYST, "IN"), () -> concerns.ids(onPlatform)))
                .containsExactly(us2.getId(), india.getId());
    }

    @Test
    void progress_hears_each_item_handled_refused_ones_included() {
        as("analyst", () -> concerns.moveAll(ids(us1, us2, india), IN_REVIEW, null));
        String usReviewer = records.userCovering(Role.REVIEWER, "US");
        Progress progress = new Progress(Long.MAX_VALUE);

        as(usReviewer, () -> concerns.moveAll(ids(us1, india, us2), PUBLISHED, null, progress));

        assertThat(progress.heard).containsExactly(1L, 2L, 3L);
    }

    @Test
    void a_move_cancelled_after_one_concern_keeps_it_moved_and_lists_the_others_as_not_done() {
        as("analyst", () -> concerns.moveAll(ids(us1, us2, india), IN_REVIEW, null));
        Progress cancelledAfterOne = new Progress(1);

        BulkResult result = as("reviewer", () -> concerns.moveAll(ids(us1, us2, india), PUBLISHED, null,
                cancelledAfterOne));

        assertThat(cancelledAfterOne.heard).containsExactly(1L);
        assertThat(result.done()).containsExactly(new BulkResult.Done(us1.getId(), us1.getTitle()));
        assertThat(result.refused()).containsExactly(
                new BulkResult.Refused(us2.getId(), null, new Text("bulk.refused.cancelled")),
                new BulkResult.Refused(india.getId(), null, new Text("bulk.refused.cancelled")));
        assertThat(stateOf(us1)).isEqualTo(PUBLISHED);
        assertThat(stateOf(us2)).isEqualTo(IN_REVIEW);
        assertThat(stateOf(india)).isEqualTo(IN_REVIEW);
        assertThat(as("reviewer", () -> concerns.reviewLog(us2.getId()))).last()
                .extracting(ReviewEntry::getToState).isEqualTo(IN_REVIEW);
    }

    @Test
    void an_assignment_cancelled_after_two_concerns_changes_those_two_only() {
        LocalDate review = LocalDate.now().plusDays(30);

        BulkResult result = as("analyst", () -> concerns.assignAll(ids(india, us1, us2), null, review,
                new Progress(2)));

        assertThat(result.done()).extracting(BulkResult.Done::id).containsExactly(india.getId(), us1.getId());
        assertThat(result.refused()).extracting(BulkResult.Refused::id, refused -> english(refused.reason()))
                .containsExactly(tuple(us2.getId(), "Not done: cancelled."));
        assertThat(as("analyst", () -> concerns.get(us1.getId())).getNextReview()).isEqualTo(review);
        assertThat(as("analyst", () -> concerns.get(us2.getId())).getNextReview()).isEqualTo(us2.getNextReview());
    }

    @Test
    void an_assignment_is_checked_before_it_runs_as_it_will_be_when_it_runs() {
        assertThatThrownBy(() -> as("analyst", () -> {
            concerns.checkAssignment(null, null);
            return null;
        })).isInstanceOf(FieldErrorException.class)
                .satisfies(UserTexts.readsInEnglish("Choose a new owner, a next review date, or both."));
        AppUser reviewer = as("admin", () -> users.findByUsername("reviewer").orElseThrow());

        as("analyst", () -> {
            concerns.checkAssignment(reviewer.getId(), null);
            return null;
        });
    }

    @Test
    void more_items_than_a_bulk_action_takes_are_refused_before_any_is_touched() {
        List<Long> tooMany = LongStream.rangeClosed(1, PublishableService.BULK_MAX + 1).boxed().toList();

        assertThatThrownBy(() -> as("reviewer", () -> concerns.moveAll(tooMany, ARCHIVED, "Clean-up")))
                .isInstanceOf(WorkflowException.class).extracting(UserTexts::englishMessage)
                .isEqualTo("A bulk action takes at most 10,000 concerns at once: narrow the filter, then act on each "
                        + "part.");
    }

    /** Records the steps it hears, and is cancelled once it heard {@code cancelAfter} of them. */
    private static final class Progress implements TaskProgress {

        final List<Long> heard = new ArrayList<>();
        private final long cancelAfter;

        Progress(long cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void advanced(long steps) {
            heard.add(steps);
        }

        @Override
        public boolean cancelled() {
            return heard.size() >= cancelAfter;
        }
    }

    private PublicationState stateOf(Concern concern) {
        return as("reviewer", () -> concerns.get(concern.getId())).getState();
    }

    private static List<Long> ids(Concern... items) {
        return java.util.Arrays.stream(items).map(Concern::getId).toList();
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }
}
