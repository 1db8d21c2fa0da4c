package org.sovereigntywatch.concern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.UserTexts;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.util.ReflectionTestUtils;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovereigntywatch.editorial.PublicationState.ARCHIVED;
import static org.sovereigntywatch.editorial.PublicationState.DRAFT;
import static org.sovereigntywatch.editorial.PublicationState.IN_REVIEW;
import static org.sovereigntywatch.editorial.PublicationState.PUBLISHED;

/**
 * Every read and write of a concern outside the caller's scope, acted out by an analyst and a reviewer covering Canada
 * only against the drafts of the demo analyst (who covers the US), and by a viewer; and objects whose jurisdiction,
 * id or state were forged in memory, which must change nothing their caller may not change.
 */
@IntegrationTest
class ConcernScopeTest {

    @Autowired ConcernService concerns;
    @Autowired JurisdictionService jurisdictions;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    private String canadianAnalyst;
    private Platform platform;
    private Concern usDraft;

    @BeforeEach
    void aUsDraftAndAnAnalystCoveringCanadaOnly() {
        canadianAnalyst = records.userCovering(Role.ANALYST, "CA");
        platform = records.newPlatform();
        usDraft = records.create(records.newConcern(platform, "US", 3, 3));
    }

    @Test
    void a_draft_outside_the_callers_scope_cannot_be_read_nor_its_history_and_lists_leave_it_out() {
        for (String outsider : List.of(canadianAnalyst, "viewer")) {
            assertThatThrownBy(() -> as(outsider, () -> concerns.get(usDraft.getId())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(outsider, () -> concerns.reviewLog(usDraft.getId())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(as(outsider, () -> concerns.list(onPlatform(), Pageable.ofSize(10)))).isEmpty();
            assertThat(as(outsider, () -> concerns.count(onPlatform()))).isZero();
            assertThat(as(outsider, () -> concerns.mayDelete(usDraft.getId()))).isFalse();
            assertThat(as(outsider, () -> concerns.likelyDuplicates(platform.getId(), "US", "CN", usDraft.getTitle(),
                    null))).isEmpty();
        }
        assertThat(as("analyst", () -> concerns.reviewLog(usDraft.getId()))).hasSize(1);
        assertThat(as("analyst", () -> concerns.likelyDuplicates(platform.getId(), "US", "CN", usDraft.getTitle(),
                null))).hasSize(1);
    }

    @Test
    void an_analyst_outside_the_scope_cannot_comment_submit_edit_or_delete_a_draft() {
        Concern copy = as("analyst", () -> concerns.get(usDraft.getId()));
        copy.setTitle("Edited from Canada");

        assertDenied(() -> as(canadianAnalyst, () -> concerns.comment(usDraft.getId(), "From Canada")));
        assertDenied(() -> as(canadianAnalyst, () -> concerns.move(usDraft.getId(), usDraft.getVersion(), IN_REVIEW, null)));
        assertDenied(() -> as(canadianAnalyst, () -> concerns.update(copy)));
        assertDenied(() -> as(canadianAnalyst, () -> {
            concerns.delete(usDraft.getId(), usDraft.getVersion());
            return null;
        }));

        Concern stored = as("analyst", () -> concerns.get(usDraft.getId()));
        assertThat(stored.getTitle()).isEqualTo(usDraft.getTitle());
        assertThat(stored.getState()).isEqualTo(DRAFT);
        assertThat(as("analyst", () -> concerns.reviewLog(usDraft.getId()))).hasSize(1);
    }

    @Test
    void a_reviewer_outside_the_scope_cannot_publish_return_edit_or_archive() {
        String canadianReviewer = records.userCovering(Role.REVIEWER, "CA");
        Concern submitted = as("analyst", () -> concerns.move(usDraft.getId(), usDraft.getVersion(), IN_REVIEW, null));

        assertDenied(() -> as(canadianReviewer, () -> concerns.move(submitted.getId(), submitted.getVersion(),
                PUBLISHED, null)));
        assertDenied(() -> as(canadianReviewer, () -> concerns.move(submitted.getId(), submitted.getVersion(),
                DRAFT, "Sent back from Canada")));
        Concern published = as("reviewer", () -> concerns.move(submitted.getId(), submitted.getVersion(),
                PUBLISHED, null));
        Concern copy = as(canadianReviewer, () -> concerns.get(published.getId()));
        copy.setTitle("Edited from Canada");
        assertDenied(() -> as(canadianReviewer, () -> concerns.update(copy)));
        assertDenied(() -> as(canadianReviewer, () -> concerns.move(published.getId(), published.getVersion(),
                ARCHIVED, "Archived from Canada")));

        assertThat(as("viewer", () -> concerns.get(published.getId())).getTitle()).isEqualTo(usDraft.getTitle());
        assertThat(as("viewer", () -> concerns.get(published.getId())).getState()).isEqualTo(PUBLISHED);
    }

    @Test
    void a_jurisdiction_whose_code_was_forged_in_memory_does_not_let_a_concern_be_recorded_outside_the_scope() {
        Concern forged = records.newConcern(platform, "CA", 2, 2);
        forged.setAffectedJurisdiction(forgedJurisdiction("US", "CA"));

        assertThatThrownBy(() -> as(canadianAnalyst, () -> concerns.create(forged)))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(UserTexts.readsInEnglish("You do not cover the jurisdiction US."));
        assertThat(as("reviewer", () -> concerns.list(onPlatform(), Pageable.ofSize(10))))
                .extracting(ConcernRow::id).containsExactly(usDraft.getId());
    }

    @Test
    void a_jurisdiction_whose_code_was_forged_in_memory_does_not_let_a_concern_be_moved_outside_the_scope() {
        Concern canadian = as(canadianAnalyst, () -> concerns.create(records.newConcern(platform, "CA", 2, 2)));
        Concern copy = as(canadianAnalyst, () -> concerns.get(canadian.getId()));
        copy.setAffectedJurisdiction(forgedJurisdiction("US", "CA"));

        assertThatThrownBy(() -> as(canadianAnalyst, () -> concerns.update(copy)))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(UserTexts.readsInEnglish("You do not cover the jurisdiction US."));
        assertThat(as(canadianAnalyst, () -> concerns.get(canadian.getId())).scope()).isEqualTo("CA");
    }

    @Test
    void a_copy_carrying_the_id_of_a_concern_outside_the_scope_changes_nothing() {
        Concern canadian = as(canadianAnalyst, () -> concerns.create(records.newConcern(platform, "CA", 2, 2)));
        Concern copy = as(canadianAnalyst, () -> concerns.get(canadian.getId()));
        ReflectionTestUtils.setField(copy, "id", usDraft.getId());
        ReflectionTestUtils.setField(copy, "version", usDraft.getVersion());
        copy.setTitle("Overwritten from Canada");

        assertDenied(() -> as(canadianAnalyst, () -> concerns.update(copy)));
        Concern stored = as("analyst", () -> concerns.get(usDraft.getId()));
        assertThat(stored.getTitle()).isEqualTo(usDraft.getTitle());
        assertThat(stored.scope()).isEqualTo("US");
    }

    @Test
    void a_copy_claiming_a_state_other_than_the_stored_one_changes_nothing() {
        Concern submitted = as("analyst", () -> concerns.move(usDraft.getId(), usDraft.getVersion(), IN_REVIEW, null));
        Concern copy = as("analyst", () -> concerns.get(submitted.getId()));
        ReflectionTestUtils.setField(copy, "state", DRAFT);
        copy.setTitle("Edited while in review");

        assertThatThrownBy(() -> as("analyst", () -> concerns.update(copy)))
                .isInstanceOf(AccessDeniedException.class)
                .extracting(UserTexts::englishMessage).isEqualTo("Only reviewers and admins edit items in the state “In review”.");
        Concern stored = as("analyst", () -> concerns.get(submitted.getId()));
        assertThat(stored.getState()).isEqualTo(IN_REVIEW);
        assertThat(stored.getTitle()).isEqualTo(usDraft.getTitle());
    }

    private ConcernFilter onPlatform() {
        return ConcernFilter.ALL.withPlatforms(Set.of(platform.getId()));
    }

    /** The stored jurisdiction {@code realCode}, its code changed in memory to {@code claimedCode}. */
    private Jurisdiction forgedJurisdiction(String realCode, String claimedCode) {
        Jurisdiction jurisdiction = as("viewer", () -> jurisdictions.findByCode(realCode).orElseThrow());
        ReflectionTestUtils.setField(jurisdiction, "code", claimedCode);
        return jurisdiction;
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }

    private static void assertDenied(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }
}
