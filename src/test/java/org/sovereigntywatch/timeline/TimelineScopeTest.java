package org.sovereigntywatch.timeline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.UserTexts;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.ConcernTitle;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovereigntywatch.editorial.PublicationState.ARCHIVED;
import static org.sovereigntywatch.editorial.PublicationState.DRAFT;
import static org.sovereigntywatch.editorial.PublicationState.IN_REVIEW;
import static org.sovereigntywatch.editorial.PublicationState.PUBLISHED;

/**
 * Every read and write of measures, their events and links outside the caller's scope, acted out by an analyst and a
 * reviewer covering Canada only against the demo analyst's US drafts, and by a viewer; links never tell anyone about
 * an item they may not see; and objects whose jurisdiction, id or measure were forged in memory change nothing.
 */
@IntegrationTest
class TimelineScopeTest {

    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired ConcernService concerns;
    @Autowired JurisdictionService jurisdictions;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    private String canadianAnalyst;
    private Platform platform;
    private PolicyMeasure usDraft;
    private PolicyEvent usDeadline;

    @BeforeEach
    void aUsDraftWithADeadlineSoonAndAnAnalystCoveringCanadaOnly() {
        canadianAnalyst = records.userCovering(Role.ANALYST, "CA");
        platform = records.newPlatform();
        usDraft = measure("analyst", "US");
        usDeadline = event("analyst", usDraft, LocalDate.now().plusDays(10), EventAction.DEADLINE, true);
    }

    @Test
    void a_draft_measure_outside_the_callers_scope_cannot_be_read_nor_its_history_events_links_or_concerns() {
        for (String outsider : List.of(canadianAnalyst, "viewer")) {
            assertDenied(() -> as(outsider, () -> measures.get(usDraft.getId())));
            assertDenied(() -> as(outsider, () -> measures.reviewLog(usDraft.getId())));
            assertDenied(() -> as(outsider, () -> measures.links(usDraft.getId())));
            assertDenied(() -> as(outsider, () -> measures.concerns(usDraft.getId())));
            assertDenied(() -> as(outsider, () -> events.eventsOf(usDraft.getId())));
            assertDenied(() -> as(outsider, () -> events.get(usDeadline.getId())));
            assertThat(as(outsider, () -> measures.mayDelete(usDraft.getId()))).isFalse();
            assertThat(as(outsider, () -> measures.likelyDuplicates("US", usDraft.getTitle(), null))).isEmpty();
            assertThat(as(outsider, () -> measures.count(onPlatform()))).isZero();
        }
        assertThat(as("analyst", () -> events.eventsOf(usDraft.getId()))).hasSize(1);
    }

    @Test
    void the_upcoming_deadlines_list_and_timeline_leave_out_steps_of_measures_the_caller_may_not_see() {
        EventFilter ours = EventFilter.ALL.withPlatforms(Set.of(platform.getId()));
        for (String outsider : List.of(canadianAnalyst, "viewer")) {
            assertThat(as(outsider, () -> events.upcoming(ours, 30, 10))).isEmpty();
            assertThat(as(outsider, () -> events.timeline(ours, 10))).isEmpty();
            assertThat(as(outsider, () -> events.list(ours, Pageable.ofSize(10)))).isEmpty();
        }
        assertThat(as("analyst", () -> events.upcoming(ours, 30, 10))).extracting(EventRow::id)
                .containsExactly(usDeadline.getId());
    }

    @Test
    void the_concerns_a_measure_bears_on_and_the_measures_bearing_on_a_concern_are_refused_or_filtered_by_what_the_caller_sees() {
        PolicyMeasure published = publish(measure("analyst", "US"));
        Concern draftConcern = records.create(records.newConcern(platform, "US", 3, 3));
        Concern publishedConcern = records.publish(records.create(records.newConcern(platform, "US", 2, 2)));
        as("reviewer", () -> {
            measures.linkConcern(published.getId(), draftConcern.getId());
            measures.linkConcern(published.getId(), publishedConcern.getId());
            measures.linkConcern(usDraft.getId(), publishedConcern.getId());
            return null;
        });

        assertThat(as("viewer", () -> measures.concerns(published.getId()))).extracting(ConcernTitle::id)
                .containsExactly(publishedConcern.getId());
        assertThat(as("viewer", () -> measures.bearingOn(publishedConcern.getId()))).extracting(PolicyMeasure::getId)
                .containsExactly(published.getId());
        // Asking about a draft is refused, so a viewer cannot learn which published items a draft is linked to.
        assertDenied(() -> as("viewer", () -> measures.bearingOn(draftConcern.getId())));
        assertDenied(() -> as("viewer", () -> measures.concerns(usDraft.getId())));
        assertDenied(() -> as(canadianAnalyst, () -> measures.bearingOn(draftConcern.getId())));

        assertThat(as("analyst", () -> measures.bearingOn(publishedConcern.getId()))).extracting(PolicyMeasure::getId)
                .containsExactlyInAnyOrder(published.getId(), usDraft.getId());
        assertThat(as("analyst", () -> measures.concerns(published.getId()))).extracting(ConcernTitle::id)
                .containsExactlyInAnyOrder(draftConcern.getId(), publishedConcern.getId());
    }

    @Test
    void links_to_a_measure_the_caller_may_not_see_are_left_out_and_cannot_be_removed_by_them() {
        PolicyMeasure published = publish(measure("analyst", "US"));
        PolicyMeasure frenchDraft = measure("admin", "FR");
        as("admin", () -> {
            measures.link(usDraft.getId(), LinkType.AMENDS, published.getId());
            measures.link(usDraft.getId(), LinkType.CHALLENGES, frenchDraft.getId());
            return null;
        });
        long frenchLink = as("admin", () -> measures.links(usDraft.getId())).stream()
                .filter(link -> link.otherId() == frenchDraft.getId()).findFirst().orElseThrow().linkId();

        assertThat(as("viewer", () -> measures.links(published.getId()))).isEmpty();
        assertThat(as("analyst", () -> measures.links(usDraft.getId()))).extracting(MeasureService.LinkView::otherId)
                .containsExactly(published.getId());
        assertDenied(() -> as("analyst", () -> {
            measures.unlink(frenchLink);
            return null;
        }));
        assertThat(as("admin", () -> measures.links(usDraft.getId()))).hasSize(2);
    }

    @Test
    void a_concern_link_to_a_concern_the_caller_may_not_see_cannot_be_removed_by_them() {
        Concern frenchDraft = as("admin", () -> concerns.create(concernIn("FR")));
        as("admin", () -> {
            measures.linkConcern(usDraft.getId(), frenchDraft.getId());
            return null;
        });

        assertThat(as("analyst", () -> measures.concerns(usDraft.getId()))).isEmpty();
        assertDenied(() -> as("analyst", () -> {
            measures.unlinkConcern(usDraft.getId(), frenchDraft.getId());
            return null;
        }));
        assertThat(as("admin", () -> measures.concerns(usDraft.getId()))).extracting(ConcernTitle::id)
                .containsExactly(frenchDraft.getId());
    }

    @Test
    void an_analyst_outside_the_scope_cannot_edit_move_comment_delete_or_link_a_draft_measure_nor_touch_its_events() {
        PolicyMeasure canadian = measure(canadianAnalyst, "CA");
        Concern usConcern = records.create(records.newConcern(platform, "US", 3, 3));
        PolicyMeasure copy = as("analyst", () -> measures.get(usDraft.getId()));
        copy.setTitle("Edited from Canada");
        PolicyEvent eventCopy = as("analyst", () -> events.get(usDeadline.getId()));
        eventCopy.setSummary("Edited from Canada");

        assertDenied(() -> as(canadianAnalyst, () -> measures.update(copy)));
        assertDenied(() -> as(canadianAnalyst, () -> measures.move(usDraft.getId(), usDraft.getVersion(), IN_REVIEW, null)));
        assertDenied(() -> as(canadianAnalyst, () -> measures.comment(usDraft.getId(), "From Canada")));
        assertDenied(() -> run(canadianAnalyst, () -> measures.delete(usDraft.getId(), usDraft.getVersion())));
        assertDenied(() -> run(canadianAnalyst, () -> measures.link(usDraft.getId(), LinkType.AMENDS, canadian.getId())));
        assertDenied(() -> run(canadianAnalyst, () -> measures.link(canadian.getId(), LinkType.AMENDS, usDraft.getId())));
        assertDenied(() -> run(canadianAnalyst, () -> measures.linkConcern(usDraft.getId(), usConcern.getId())));
        assertDenied(() -> run(canadianAnalyst, () -> measures.linkConcern(canadian.getId(), usConcern.getId())));
        assertDenied(() -> run(canadianAnalyst, () -> measures.unlinkConcern(usDraft.getId(), usConcern.getId())));
        assertDenied(() -> as(canadianAnalyst, () -> events.save(new PolicyEvent(usDraft, PolicyDate.year(2024),
                EventAction.ANNOUNCED, "Added from Canada"))));
        assertDenied(() -> as(canadianAnalyst, () -> events.save(eventCopy)));
        assertDenied(() -> run(canadianAnalyst, () -> events.delete(usDeadline.getId(), usDeadline.getVersion())));

        PolicyMeasure stored = as("analyst", () -> measures.get(usDraft.getId()));
        assertThat(stored.getTitle()).isEqualTo(usDraft.getTitle());
        assertThat(stored.getState()).isEqualTo(DRAFT);
        assertThat(as("analyst", () -> measures.reviewLog(usDraft.getId()))).hasSize(1);
        assertThat(as("analyst", () -> measures.links(usDraft.getId()))).isEmpty();
        assertThat(as("analyst", () -> measures.concerns(usDraft.getId()))).isEmpty();
        assertThat(as("analyst", () -> events.eventsOf(usDraft.getId()))).extracting(PolicyEvent::getSummary)
                .containsExactly(usDeadline.getSummary());
    }

    @Test
    void a_reviewer_outside_the_scope_cannot_publish_edit_or_archive_a_measure() {
        String canadianReviewer = records.userCovering(Role.REVIEWER, "CA");
        PolicyMeasure submitted = as("analyst", () -> measures.move(usDraft.getId(), usDraft.getVersion(), IN_REVIEW, null));
        assertDenied(() -> as(canadianReviewer, () -> measures.move(submitted.getId(), submitted.getVersion(),
                PUBLISHED, null)));
        PolicyMeasure published = publish(submitted);
        PolicyMeasure copy = as(canadianReviewer, () -> measures.get(published.getId()));
        copy.setTitle("Edited from Canada");

        assertDenied(() -> as(canadianReviewer, () -> measures.update(copy)));
        assertDenied(() -> as(canadianReviewer, () -> measures.move(published.getId(), published.getVersion(),
                ARCHIVED, "Archived from Canada")));
        assertDenied(() -> as(canadianReviewer, () -> events.save(new PolicyEvent(published, PolicyDate.year(2024),
                EventAction.ANNOUNCED, "Added from Canada"))));
        assertThat(as("viewer", () -> measures.get(published.getId())).getState()).isEqualTo(PUBLISHED);
        assertThat(as("viewer", () -> events.eventsOf(published.getId()))).hasSize(1);
    }

    @Test
    void a_jurisdiction_whose_code_was_forged_in_memory_does_not_let_a_measure_be_recorded_or_moved_outside_the_scope() {
        PolicyMeasure forged = newMeasure("CA");
        forged.setJurisdiction(forgedJurisdiction("US", "CA"));
        assertThatThrownBy(() -> as(canadianAnalyst, () -> measures.create(forged)))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(refused -> assertThat(UserTexts.englishMessage(refused))
                        .isEqualTo("You do not cover the jurisdiction US."));

        PolicyMeasure canadian = measure(canadianAnalyst, "CA");
        PolicyMeasure copy = as(canadianAnalyst, () -> measures.get(canadian.getId()));
        copy.setJurisdiction(forgedJurisdiction("US", "CA"));
        assertThatThrownBy(() -> as(canadianAnalyst, () -> measures.update(copy)))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(refused -> assertThat(UserTexts.englishMessage(refused))
                        .isEqualTo("You do not cover the jurisdiction US."));

        assertThat(as("reviewer", () -> measures.list(onPlatform(), Pageable.ofSize(10))))
                .extracting(PolicyMeasure::getId).containsExactlyInAnyOrder(usDraft.getId(), canadian.getId());
        assertThat(as(canadianAnalyst, () -> measures.get(canadian.getId())).scope()).isEqualTo("CA");
    }

    @Test
    void a_copy_carrying_the_id_of_a_measure_outside_the_scope_changes_nothing() {
        PolicyMeasure canadian = measure(canadianAnalyst, "CA");
        PolicyMeasure copy = as(canadianAnalyst, () -> measures.get(canadian.getId()));
        ReflectionTestUtils.setField(copy, "id", usDraft.getId());
        ReflectionTestUtils.setField(copy, "version", usDraft.getVersion());
        copy.setTitle("Overwritten from Canada");

        assertDenied(() -> as(canadianAnalyst, () -> measures.update(copy)));
        assertThat(as("analyst", () -> measures.get(usDraft.getId())).getTitle()).isEqualTo(usDraft.getTitle());
    }

    @Test
    void an_event_cannot_be_moved_to_or_from_a_measure_the_caller_may_not_edit() {
        PolicyMeasure canadian = measure(canadianAnalyst, "CA");
        PolicyEvent canadianEvent = event(canadianAnalyst, canadian, LocalDate.of(2024, 5, 1), EventAction.SIGNED, false);
        PolicyEvent intoTheUs = as(canadianAnalyst, () -> events.eventsOf(canadian.getId())).getFirst();
        ReflectionTestUtils.setField(intoTheUs, "measure", usDraft);
        assertDenied(() -> as(canadianAnalyst, () -> events.save(intoTheUs)));

        // An event of a measure in review, claimed for the analyst's own draft: judged on the measure it is stored with.
        PolicyMeasure mine = measure("analyst", "US");
        PolicyMeasure submitted = as("analyst", () -> measures.move(usDraft.getId(), usDraft.getVersion(), IN_REVIEW, null));
        PolicyEvent inReview = as("analyst", () -> events.get(usDeadline.getId()));
        ReflectionTestUtils.setField(inReview, "measure", mine);
        inReview.setSummary("Edited while in review");
        assertThatThrownBy(() -> as("analyst", () -> events.save(inReview)))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(refused -> assertThat(UserTexts.englishMessage(refused))
                        .isEqualTo("Only reviewers and admins edit items in the state “In review”."));

        assertThat(as(canadianAnalyst, () -> events.eventsOf(canadian.getId()))).extracting(PolicyEvent::getId)
                .containsExactly(canadianEvent.getId());
        assertThat(as("analyst", () -> events.eventsOf(submitted.getId()))).extracting(PolicyEvent::getSummary)
                .containsExactly(usDeadline.getSummary());
        assertThat(as("analyst", () -> events.eventsOf(mine.getId()))).isEmpty();
    }

    private MeasureFilter onPlatform() {
        return MeasureFilter.ALL.withPlatforms(Set.of(platform.getId()));
    }

    private PolicyMeasure newMeasure(String jurisdiction) {
        PolicyMeasure measure = new PolicyMeasure("Scope test measure " + UUID.randomUUID());
        measure.setJurisdiction(as("viewer", () -> jurisdictions.findByCode(jurisdiction).orElseThrow()));
        measure.setPlatforms(Set.of(platform));
        return measure;
    }

    private PolicyMeasure measure(String username, String jurisdiction) {
        PolicyMeasure measure = newMeasure(jurisdiction);
        return as(username, () -> measures.create(measure));
    }

    private PolicyEvent event(String username, PolicyMeasure measure, LocalDate day, EventAction action,
                              boolean expected) {
        PolicyEvent event = new PolicyEvent(measure, PolicyDate.day(day.getYear(), day.getMonthValue(),
                day.getDayOfMonth()), action, action.name() + " " + UUID.randomUUID());
        event.setExpected(expected);
        return as(username, () -> events.save(event));
    }

    /** Submits (if still a draft) and publishes the measure, with an event that happened. */
    private PolicyMeasure publish(PolicyMeasure measure) {
        if (measure.getState() == DRAFT) {
            event("analyst", measure, LocalDate.of(2024, 4, 24), EventAction.SIGNED, false);
        }
        PolicyMeasure current = as("analyst", () -> measures.get(measure.getId()));
        PolicyMeasure submitted = current.getState() == DRAFT
                ? as("analyst", () -> measures.move(current.getId(), current.getVersion(), IN_REVIEW, null))
                : current;
        return as("reviewer", () -> measures.move(submitted.getId(), submitted.getVersion(), PUBLISHED, null));
    }

    private Concern concernIn(String affected) {
        Concern concern = records.newConcern(platform, "US", 3, 3);
        concern.setAffectedJurisdiction(as("viewer", () -> jurisdictions.findByCode(affected).orElseThrow()));
        return concern;
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

    private void run(String username, Runnable work) {
        runAs.user(username, () -> {
            work.run();
            return null;
        });
    }

    private static void assertDenied(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }
}
