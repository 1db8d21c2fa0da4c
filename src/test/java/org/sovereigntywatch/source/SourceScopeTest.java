package org.sovereigntywatch.source;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.RefusedException;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovereigntywatch.editorial.PublicationState.ARCHIVED;
import static org.sovereigntywatch.editorial.PublicationState.IN_REVIEW;
import static org.sovereigntywatch.editorial.PublicationState.PUBLISHED;

/**
 * Sources follow the items that cite them: who sees a source in lists, look-ups and duplicate checks, who may change
 * it, and who may cite it. Acted out by the demo analyst (US, CA, IN, NP, EU), an analyst covering Canada only, the
 * demo reviewer and a viewer.
 */
@IntegrationTest
class SourceScopeTest {

    @Autowired SourceService sources;
    @Autowired SourceRepository stored;
    @Autowired ConcernService concerns;
    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired JurisdictionService jurisdictions;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    private final String marker = "Scope " + UUID.randomUUID();
    private final String url = "https://www.example.org/" + UUID.randomUUID();
    private String canadianAnalyst;
    private Platform platform;

    @BeforeEach
    void anAnalystCoveringCanadaOnly() {
        canadianAnalyst = records.userCovering(Role.ANALYST, "CA");
        platform = records.newPlatform();
    }

    @Test
    void a_source_cited_only_by_a_draft_is_seen_only_by_those_who_see_the_draft() {
        Source cited = record("analyst");
        Concern draft = citeOnUsDraft(cited);

        for (String seesTheDraft : List.of("analyst", "reviewer")) {
            assertThat(as(seesTheDraft, () -> sources.list(marker, Pageable.ofSize(10)))).extracting(Source::getId)
                    .containsExactly(cited.getId());
            assertThat(as(seesTheDraft, () -> sources.count(marker))).isEqualTo(1);
            assertThat(as(seesTheDraft, () -> sources.findByUrl(url))).isPresent();
            assertThat(as(seesTheDraft, () -> sources.likelyDuplicates(url))).hasSize(1);
        }
        for (String outsider : List.of(canadianAnalyst, "viewer")) {
            assertThat(as(outsider, () -> sources.list(marker, Pageable.ofSize(10)))).isEmpty();
            assertThat(as(outsider, () -> sources.count(marker))).isZero();
            assertThat(as(outsider, () -> sources.findByUrl(url))).isEmpty();
            assertThat(as(outsider, () -> sources.likelyDuplicates(url))).isEmpty();
        }

        records.publish(draft);
        assertThat(as("viewer", () -> sources.list(marker, Pageable.ofSize(10)))).extracting(Source::getId)
                .containsExactly(cited.getId());
    }

    @Test
    void a_source_nothing_cites_is_seen_only_by_who_recorded_it_until_an_item_cites_it() {
        Source uncited = record(canadianAnalyst);

        assertThat(as(canadianAnalyst, () -> sources.list(marker, Pageable.ofSize(10)))).extracting(Source::getId)
                .containsExactly(uncited.getId());
        for (String other : List.of("analyst", "reviewer", "viewer")) {
            assertThat(as(other, () -> sources.list(marker, Pageable.ofSize(10)))).as(other).isEmpty();
        }

        Concern canadian = records.newConcern(platform, "CA", 2, 2);
        canadian.setSources(Set.of(uncited));
        as(canadianAnalyst, () -> concerns.create(canadian));
        // The demo analyst covers Canada too, so sees the draft and what it cites; a viewer does not.
        assertThat(as("analyst", () -> sources.count(marker))).isEqualTo(1);
        assertThat(as("reviewer", () -> sources.count(marker))).isEqualTo(1);
        assertThat(as("viewer", () -> sources.count(marker))).isZero();
    }

    @Test
    void an_analyst_changes_a_source_only_while_they_may_edit_every_item_citing_it() {
        Source cited = record("analyst");
        Concern draft = citeOnUsDraft(cited);

        assertThat(retitle("analyst", cited, "Corrected by the analyst").getTitle()).isEqualTo("Corrected by the analyst");
        assertDenied(() -> retitle(canadianAnalyst, cited, "Changed from Canada"));

        Concern submitted = as("analyst", () -> concerns.move(draft.getId(), draft.getVersion(), IN_REVIEW, null));
        assertDenied(() -> retitle("analyst", cited, "Changed while in review"));
        assertThat(retitle("reviewer", cited, "Corrected in review").getTitle()).isEqualTo("Corrected in review");

        Concern published = as("reviewer", () -> concerns.move(submitted.getId(), submitted.getVersion(), PUBLISHED, null));
        as("reviewer", () -> concerns.move(published.getId(), published.getVersion(), ARCHIVED, "Superseded"));
        assertDenied(() -> retitle("reviewer", cited, "Changed once archived"));

        assertThat(stored.findById(cited.getId()).orElseThrow().getTitle()).isEqualTo("Corrected in review");
    }

    @Test
    void a_source_cited_by_an_event_follows_the_events_measure() {
        Source cited = record("analyst");
        PolicyMeasure measure = measure("analyst", "US");
        PolicyEvent event = new PolicyEvent(measure, PolicyDate.year(2024), EventAction.ANNOUNCED, marker);
        event.setSources(Set.of(cited));
        as("analyst", () -> events.save(event));

        assertThat(as("viewer", () -> sources.count(marker))).isZero();
        assertDenied(() -> retitle(canadianAnalyst, cited, "Changed from Canada"));
        as("analyst", () -> measures.move(measure.getId(), measure.getVersion(), IN_REVIEW, null));
        assertDenied(() -> retitle("analyst", cited, "Changed while in review"));
        assertThat(retitle("reviewer", cited, "Corrected in review").getTitle()).isEqualTo("Corrected in review");
    }

    @Test
    void a_source_nothing_cites_is_changed_only_by_who_recorded_it() {
        Source uncited = record("analyst");

        assertDenied(() -> retitle(canadianAnalyst, uncited, "Changed from Canada"));
        assertDenied(() -> retitle("reviewer", uncited, "Changed by a reviewer"));
        assertThat(retitle("analyst", uncited, "Corrected").getTitle()).isEqualTo("Corrected");
    }

    @Test
    void an_item_cannot_cite_a_source_its_author_may_not_see_and_nothing_is_saved() {
        Source hidden = record("analyst");
        citeOnUsDraft(hidden);

        Concern canadian = records.newConcern(platform, "CA", 2, 2);
        canadian.setSources(Set.of(hidden));
        assertThatThrownBy(() -> as(canadianAnalyst, () -> concerns.create(canadian)))
                .isInstanceOfSatisfying(RefusedException.class, SourceScopeTest::saysOnlyVisibleSourcesMayBeCited);

        PolicyMeasure measure = measure(canadianAnalyst, "CA");
        PolicyEvent event = new PolicyEvent(measure, PolicyDate.year(2024), EventAction.ANNOUNCED, marker);
        event.setSources(Set.of(hidden));
        assertThatThrownBy(() -> as(canadianAnalyst, () -> events.save(event)))
                .isInstanceOfSatisfying(RefusedException.class, SourceScopeTest::saysOnlyVisibleSourcesMayBeCited);

        assertThat(as("reviewer", () -> concerns.count(ConcernFilter.ALL.withPlatforms(Set.of(platform.getId())))))
                .isEqualTo(1);
        assertThat(as(canadianAnalyst, () -> events.eventsOf(measure.getId()))).isEmpty();
        assertThat(as(canadianAnalyst, () -> sources.count(marker))).isZero();
    }

    private Source record(String username) {
        return as(username, () -> sources.save(new Source("Example", marker, url)));
    }

    /** Records a US draft concern, as the demo analyst, citing the source. */
    private Concern citeOnUsDraft(Source source) {
        Concern concern = records.newConcern(platform, "US", 3, 3);
        concern.setSources(Set.of(source));
        return records.create(concern);
    }

    private PolicyMeasure measure(String username, String jurisdiction) {
        PolicyMeasure measure = new PolicyMeasure("Source scope measure " + UUID.randomUUID());
        measure.setJurisdiction(as("viewer", () -> jurisdictions.findByCode(jurisdiction).orElseThrow()));
        measure.setPlatforms(Set.of(platform));
        return as(username, () -> measures.create(measure));
    }

    /**
     * Saves the source under a new title as this user: its stored row as it is now (read past the service, as a
     * caller holding the object would have it), with only the title changed.
     */
    private Source retitle(String username, Source source, String title) {
        Source current = stored.findById(source.getId()).orElseThrow();
        current.setTitle(title);
        return as(username, () -> sources.save(current));
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }

    /** The refusal to cite a source the author may not see, which says why in the reader's language. */
    private static void saysOnlyVisibleSourcesMayBeCited(RefusedException refused) {
        assertThat(Texts.format(Locale.UK, refused.text())).isEqualTo("You may cite only sources you can see.");
        assertThat(Texts.format(Locale.FRANCE, refused.text()))
                .isEqualTo("Vous ne pouvez citer que des sources que vous voyez.");
    }

    private static void assertDenied(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }
}
