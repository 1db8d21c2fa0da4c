package org.sovereigntywatch.concern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.UserTexts;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovereigntywatch.editorial.PublicationState.DRAFT;
import static org.sovereigntywatch.editorial.PublicationState.IN_REVIEW;
import static org.sovereigntywatch.editorial.PublicationState.PUBLISHED;

/**
 * Deleting a concern that was recorded by mistake: only a draft never published, by the analyst who created it or a
 * reviewer covering it, and all that belongs to it goes with it. {@code analyst-us}, made here, is a second analyst
 * covering the US; {@code reviewer-np} reviews Nepal only.
 */
@IntegrationTest
class ConcernDeletionTest {

    static final String OTHER_ANALYST = "analyst-us";
    static final String NEPAL_REVIEWER = "reviewer-np";

    @Autowired ConcernService concerns;
    @Autowired MeasureService measures;
    @Autowired JurisdictionService jurisdictions;
    @Autowired UserService users;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;
    @Autowired JdbcTemplate jdbc;

    private Platform platform;

    @BeforeEach
    void usersAndPlatform() {
        user(OTHER_ANALYST, Role.ANALYST, "US");
        user(NEPAL_REVIEWER, Role.REVIEWER, "NP");
        platform = records.newPlatform();
    }

    @Test
    void the_author_deletes_their_own_never_published_draft_and_nothing_of_it_is_left() {
        Concern draft = records.create(records.newConcern(platform, "US", 3, 4));
        long id = draft.getId();
        long sourceId = draft.getSources().iterator().next().getId();
        as("analyst", () -> concerns.comment(id, "Recorded twice by mistake"));
        PolicyMeasure measure = measureBearingOn(id);
        assertThat(as("analyst", () -> concerns.mayDelete(id))).isTrue();

        as("analyst", () -> {
            concerns.delete(id, draft.getVersion());
            return null;
        });

        assertThatThrownBy(() -> as("admin", () -> concerns.get(id))).isInstanceOf(NoSuchElementException.class);
        assertThat(count("select count(*) from concern where id = ?", id)).isZero();
        assertThat(count("select count(*) from review_entry where item_kind = 'concern' and item_id = ?", id)).isZero();
        assertThat(count("select count(*) from concern_source where concern_id = ?", id)).isZero();
        assertThat(count("select count(*) from measure_concern where concern_id = ?", id)).isZero();
        // What others may rely on stays: the source it cited, the measure that bore on it.
        assertThat(count("select count(*) from source where id = ?", sourceId)).isOne();
        assertThat(as("analyst", () -> measures.get(measure.getId()))).isNotNull();
    }

    @Test
    void another_analyst_covering_it_may_not_delete_a_draft_they_did_not_create() {
        Concern draft = records.create(records.newConcern(platform, "US", 3, 4));

        assertThat(as(OTHER_ANALYST, () -> concerns.mayDelete(draft.getId()))).isFalse();
        assertThatThrownBy(() -> delete(OTHER_ANALYST, draft))
                .isInstanceOf(AccessDeniedException.class)
                .extracting(UserTexts::englishMessage).isEqualTo("Only the analyst who created a draft, or a reviewer, may delete it.");
        assertThat(state(draft)).isEqualTo(DRAFT);
    }

    @Test
    void a_draft_that_was_once_published_may_not_be_deleted_by_anyone() {
        Concern published = records.publish(records.create(records.newConcern(platform, "US", 3, 4)));
        Concern returned = as("reviewer", () -> concerns.move(published.getId(), published.getVersion(), DRAFT,
                "Needs another look at the claim"));
        assertThat(returned.getState()).isEqualTo(DRAFT);

        assertThat(as("analyst", () -> concerns.mayDelete(returned.getId()))).isFalse();
        assertThat(as("admin", () -> concerns.mayDelete(returned.getId()))).isFalse();
        assertThatThrownBy(() -> delete("analyst", returned))
                .isInstanceOf(WorkflowException.class)
                .extracting(UserTexts::englishMessage).isEqualTo("This draft was published before, so it stays on record: archive it instead.");
        assertThatThrownBy(() -> delete("admin", returned)).isInstanceOf(WorkflowException.class);
        assertThat(state(returned)).isEqualTo(DRAFT);
    }

    @Test
    void a_concern_in_review_or_published_is_not_deleted_even_by_a_reviewer() {
        Concern draft = records.create(records.newConcern(platform, "US", 3, 4));
        Concern submitted = as("analyst", () -> concerns.move(draft.getId(), draft.getVersion(), IN_REVIEW, null));
        assertThat(as("reviewer", () -> concerns.mayDelete(submitted.getId()))).isFalse();
        assertThatThrownBy(() -> delete("reviewer", submitted))
                .isInstanceOf(WorkflowException.class)
                .extracting(UserTexts::englishMessage).isEqualTo("Only drafts can be deleted; an item in the state “In review” can be archived instead.");

        Concern published = as("reviewer", () -> concerns.move(submitted.getId(), submitted.getVersion(),
                PUBLISHED, null));
        assertThatThrownBy(() -> delete("reviewer", published)).isInstanceOf(WorkflowException.class);
        assertThat(state(published)).isEqualTo(PUBLISHED);
    }

    @Test
    void a_reviewer_covering_it_deletes_a_draft_and_one_who_does_not_cover_it_is_refused() {
        Concern draft = records.create(records.newConcern(platform, "US", 3, 4));

        assertThat(as(NEPAL_REVIEWER, () -> concerns.mayDelete(draft.getId()))).isFalse();
        assertThatThrownBy(() -> delete(NEPAL_REVIEWER, draft))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(UserTexts.readsInEnglish("You do not cover the jurisdiction US."));
        assertThat(state(draft)).isEqualTo(DRAFT);

        assertThat(as("reviewer", () -> concerns.mayDelete(draft.getId()))).isTrue();
        delete("reviewer", draft);
        assertThat(count("select count(*) from concern where id = ?", draft.getId())).isZero();
    }

    @Test
    void a_viewer_may_not_delete_and_is_not_even_told_the_draft_exists() {
        Concern draft = records.create(records.newConcern(platform, "US", 3, 4));

        assertThat(as("viewer", () -> concerns.mayDelete(draft.getId()))).isFalse();
        assertThatThrownBy(() -> delete("viewer", draft)).isInstanceOf(AccessDeniedException.class);
        assertThat(state(draft)).isEqualTo(DRAFT);
    }

    @Test
    void a_draft_changed_since_the_author_saw_it_is_not_deleted() {
        Concern seen = records.create(records.newConcern(platform, "US", 3, 4));
        as(OTHER_ANALYST, () -> {
            Concern copy = concerns.get(seen.getId());
            copy.setDescription("Added by a colleague meanwhile");
            return concerns.update(copy);
        });

        assertThatThrownBy(() -> delete("analyst", seen)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(count("select count(*) from concern where id = ?", seen.getId())).isOne();
        assertThat(count("select count(*) from review_entry where item_kind = 'concern' and item_id = ?", seen.getId())).isOne();
    }

    private void delete(String username, Concern concern) {
        as(username, () -> {
            concerns.delete(concern.getId(), concern.getVersion());
            return null;
        });
    }

    private PolicyMeasure measureBearingOn(long concernId) {
        PolicyMeasure measure = new PolicyMeasure("Measure bearing on a deleted concern " + UUID.randomUUID());
        measure.setJurisdiction(as("viewer", () -> jurisdictions.findByCode("US").orElseThrow()));
        measure.setPlatforms(Set.of(platform));
        measure.setInstrument(Instrument.LAW);
        PolicyMeasure saved = as("analyst", () -> measures.create(measure));
        as("analyst", () -> {
            measures.linkConcern(saved.getId(), concernId);
            return null;
        });
        assertThat(count("select count(*) from measure_concern where concern_id = ?", concernId)).isOne();
        return saved;
    }

    private PublicationState state(Concern concern) {
        return as("admin", () -> concerns.get(concern.getId())).getState();
    }

    private long count(String sql, long id) {
        return jdbc.queryForObject(sql, Long.class, id);
    }

    private void user(String username, Role role, String jurisdiction) {
        as("admin", () -> users.findByUsername(username).orElseGet(() -> {
            AppUser user = new AppUser(username, username, role);
            user.setJurisdictionCodes(Set.of(jurisdiction));
            return users.create(user, "quiet harbour at dawn");
        }));
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }
}
