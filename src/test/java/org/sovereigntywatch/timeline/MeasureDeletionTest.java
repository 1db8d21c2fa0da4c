package org.sovereigntywatch.timeline;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.UserTexts;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * Deleting a measure recorded by mistake: the same rule as for concerns (a draft never published, by its author or
 * a reviewer in scope), and its events, links and review log go with it, all at once.
 */
@IntegrationTest
class MeasureDeletionTest {

    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired JurisdictionService jurisdictions;
    @Autowired SourceService sources;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_author_deletes_a_never_published_draft_with_its_events_links_and_log_and_leaves_no_orphans() {
        PolicyMeasure draft = draft("analyst", "US");
        long id = draft.getId();
        Source cited = as("viewer", () -> sources.findByUrl("https://viralmag.fr/?p=64330").orElseThrow());
        PolicyEvent event = new PolicyEvent(draft, PolicyDate.day(2024, 4, 24), EventAction.SIGNED, "Signed");
        event.setSources(Set.of(cited));
        long eventId = as("analyst", () -> events.save(event)).getId();
        PolicyMeasure other = draft("analyst", "US");
        PolicyMeasure challenger = draft("analyst", "US");
        Concern concern = records.create(records.newConcern(records.newPlatform(), "US", 2, 2));
        as("analyst", () -> {
            measures.link(id, LinkType.AMENDS, other.getId());
            measures.link(challenger.getId(), LinkType.CHALLENGES, id);
            measures.linkConcern(id, concern.getId());
            measures.comment(id, "Duplicate of another measure");
            return null;
        });
        long version = as("analyst", () -> measures.get(id)).getVersion();
        assertThat(as("analyst", () -> measures.mayDelete(id))).isTrue();

        as("analyst", () -> {
            measures.delete(id, version);
            return null;
        });

        assertThatThrownBy(() -> as("admin", () -> measures.get(id))).isInstanceOf(NoSuchElementException.class);
        assertThat(count("select count(*) from policy_measure where id = ?", id)).isZero();
        assertThat(count("select count(*) from policy_event where measure_id = ?", id)).isZero();
        assertThat(count("select count(*) from policy_event_source where event_id = ?", eventId)).isZero();
        assertThat(count("select count(*) from measure_link where from_measure_id = ? or to_measure_id = ?", id, id))
                .isZero();
        assertThat(count("select count(*) from measure_concern where measure_id = ?", id)).isZero();
        assertThat(count("select count(*) from policy_measure_platform where measure_id = ?", id)).isZero();
        assertThat(count("select count(*) from review_entry where item_kind = 'measure' and item_id = ?", id)).isZero();
        // What others may rely on stays: the linked measures, the concern, the source.
        assertThat(count("select count(*) from policy_measure where id in (?, ?)", other.getId(), challenger.getId()))
                .isEqualTo(2);
        assertThat(count("select count(*) from concern where id = ?", concern.getId())).isOne();
        assertThat(count("select count(*) from source where id = ?", cited.getId())).isOne();
    }

    @Test
    void another_analyst_may_not_delete_it_but_a_reviewer_covering_it_may() {
        PolicyMeasure draft = draft("reviewer", "US");

        assertThat(as("analyst", () -> measures.mayDelete(draft.getId()))).isFalse();
        assertThatThrownBy(() -> delete("analyst", draft)).isInstanceOf(AccessDeniedException.class);

        assertThat(as("admin", () -> measures.mayDelete(draft.getId()))).isTrue();
        delete("admin", draft);
        assertThat(count("select count(*) from policy_measure where id = ?", draft.getId())).isZero();
    }

    @Test
    void a_draft_that_was_once_published_may_not_be_deleted() {
        PolicyMeasure draft = draft("analyst", "US");
        PolicyMeasure submitted = as("analyst", () -> measures.move(draft.getId(), draft.getVersion(), IN_REVIEW, null));
        PolicyMeasure published = as("reviewer", () -> measures.move(submitted.getId(), submitted.getVersion(),
                PUBLISHED, null));
        PolicyMeasure returned = as("reviewer", () -> measures.move(published.getId(), published.getVersion(), DRAFT,
                "The dates need checking"));

        assertThat(as("analyst", () -> measures.mayDelete(returned.getId()))).isFalse();
        assertThatThrownBy(() -> delete("analyst", returned)).isInstanceOf(WorkflowException.class)
                .satisfies(refused -> assertThat(UserTexts.englishMessage(refused))
                        .isEqualTo("This draft was published before, so it stays on record: archive it instead."));
        assertThatThrownBy(() -> delete("reviewer", returned)).isInstanceOf(WorkflowException.class);
        assertThat(count("select count(*) from policy_measure where id = ?", returned.getId())).isOne();
    }

    @Test
    void a_user_who_does_not_cover_it_or_a_viewer_is_refused() {
        PolicyMeasure french = draft("admin", "FR");

        assertThat(as("analyst", () -> measures.mayDelete(french.getId()))).isFalse();
        assertThatThrownBy(() -> delete("analyst", french))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(refused -> assertThat(UserTexts.englishMessage(refused))
                        .isEqualTo("You do not cover the jurisdiction FR."));
        assertThat(as("viewer", () -> measures.mayDelete(french.getId()))).isFalse();
        assertThatThrownBy(() -> delete("viewer", french)).isInstanceOf(AccessDeniedException.class);
        assertThat(count("select count(*) from policy_measure where id = ?", french.getId())).isOne();
    }

    private PolicyMeasure draft(String username, String jurisdiction) {
        PolicyMeasure measure = new PolicyMeasure("Measure to delete " + UUID.randomUUID());
        measure.setJurisdiction(as("viewer", () -> jurisdictions.findByCode(jurisdiction).orElseThrow()));
        measure.setPlatforms(Set.of(records.newPlatform()));
        measure.setInstrument(Instrument.LAW);
        return as(username, () -> measures.create(measure));
    }

    private void delete(String username, PolicyMeasure measure) {
        as(username, () -> {
            measures.delete(measure.getId(), measure.getVersion());
            return null;
        });
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }
}
