package org.sovereigntywatch.importing;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.UserTexts;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceCell;
import org.sovereigntywatch.source.SourceService;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The services' batch paths an import writes through check what their one-at-a-time paths check: the caller's
 * scope for every item, only new items, only sources the caller may see; and their look-ups see only what the caller
 * may see.
 */
@IntegrationTest
class ImportWritePathsTest {

    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired SourceService sources;
    @Autowired JurisdictionService jurisdictions;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;
    @Autowired PlatformTransactionManager transactions;

    private PolicyMeasure measureIn(String code, Platform platform) {
        PolicyMeasure measure = new PolicyMeasure("Batch " + UUID.randomUUID());
        measure.setJurisdiction(as("viewer", () -> jurisdictions.findByCode(code).orElseThrow()));
        measure.setPlatforms(Set.of(platform));
        return measure;
    }

    @Test
    void measures_created_together_are_each_checked_against_the_callers_scope() {
        String canadian = records.userCovering(Role.ANALYST, "CA");
        Platform platform = records.newPlatform();
        PolicyMeasure ours = measureIn("CA", platform);
        PolicyMeasure theirs = measureIn("US", platform);

        assertThatThrownBy(() -> as(canadian, () -> measures.createAll(List.of(ours, theirs))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("admin", () -> measures.likelyDuplicates("CA", ours.getTitle(), null))).isEmpty();

        List<PolicyMeasure> created = as(canadian, () -> measures.createAll(List.of(measureIn("CA", platform))));
        assertThat(created).singleElement().satisfies(measure -> {
            assertThat(measure.getId()).isNotNull();
            assertThat(as(canadian, () -> measures.reviewLog(measure.getId()))).singleElement()
                    .satisfies(entry -> assertThat(entry.getAuthor()).isEqualTo(canadian));
        });
    }

    @Test
    void events_added_together_need_every_measure_editable_and_every_source_visible() {
        String canadian = records.userCovering(Role.ANALYST, "CA");
        Platform platform = records.newPlatform();
        PolicyMeasure usMeasure = as("analyst", () -> measures.create(measureIn("US", platform)));
        PolicyMeasure caMeasure = as(canadian, () -> measures.create(measureIn("CA", platform)));
        Source unseen = as("analyst", () -> sources.save(new Source("Analyst's own", "Not cited yet "
                + UUID.randomUUID())));

        assertThatThrownBy(() -> as(canadian, () -> events.addAll(List.of(
                new PolicyEvent(caMeasure, PolicyDate.day(2024, 1, 2), EventAction.ANNOUNCED, "Ours"),
                new PolicyEvent(usMeasure, PolicyDate.day(2024, 1, 3), EventAction.ANNOUNCED, "Not ours")))))
                .isInstanceOf(AccessDeniedException.class);
        PolicyEvent citing = new PolicyEvent(caMeasure, PolicyDate.day(2024, 1, 4), EventAction.SIGNED, "Cites");
        citing.setSources(Set.of(unseen));
        assertThatThrownBy(() -> as(canadian, () -> events.addAll(List.of(citing))))
                .isInstanceOf(AccessDeniedException.class).satisfies(UserTexts.readsInEnglish("You may cite only sources you can see."));

        PolicyEvent happened = new PolicyEvent(caMeasure, PolicyDate.month(2023, 5), EventAction.IN_FORCE, "In force");
        as(canadian, () -> events.addAll(List.of(happened)));
        assertThat(as(canadian, () -> measures.get(caMeasure.getId())).getCurrentAction())
                .isEqualTo(EventAction.IN_FORCE);
        assertThat(as(canadian, () -> events.eventsOfAll(List.of(caMeasure.getId())))).hasSize(1);
        assertThatThrownBy(() -> as(canadian, () -> events.eventsOfAll(List.of(usMeasure.getId()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_source_recorded_in_a_batch_is_trusted_only_within_its_own_transaction() {
        String canadian = records.userCovering(Role.ANALYST, "CA");
        PolicyMeasure caMeasure = as(canadian, () -> measures.create(measureIn("CA", records.newPlatform())));
        // Recorded by the analyst through the batch path, in a transaction that ended on this very thread.
        Source analysts = as("analyst", () -> sources.saveAll(List.of(new Source("Analyst's batch",
                "Not cited yet " + UUID.randomUUID())))).getFirst();

        PolicyEvent citing = new PolicyEvent(caMeasure, PolicyDate.day(2024, 2, 1), EventAction.SIGNED, "Cites");
        citing.setSources(Set.of(analysts));
        assertThatThrownBy(() -> as(canadian, () -> events.addAll(List.of(citing))))
                .isInstanceOf(AccessDeniedException.class).satisfies(UserTexts.readsInEnglish("You may cite only sources you can see."));

        Source own = new Source("Canadian's batch", "Recorded and cited at once " + UUID.randomUUID());
        PolicyEvent citingOwn = new PolicyEvent(caMeasure, PolicyDate.day(2024, 2, 2), EventAction.SIGNED, "Own");
        citingOwn.setSources(Set.of(own));
        as(canadian, () -> new TransactionTemplate(transactions).execute(status -> {
            sources.saveAll(List.of(own));
            return events.addAll(List.of(citingOwn));
        }));
        assertThat(as(canadian, () -> events.eventsOfAll(List.of(caMeasure.getId()))))
                .flatExtracting(PolicyEvent::getSources).extracting(Source::getId).containsExactly(own.getId());
    }

    @Test
    void items_written_together_are_validated_as_one_at_a_time() {
        PolicyMeasure untitled = measureIn("US", records.newPlatform());
        untitled.setTitle(" ");
        assertThatThrownBy(() -> as("analyst", () -> measures.createAll(List.of(untitled))))
                .isInstanceOf(ConstraintViolationException.class);

        PolicyMeasure measure = as("analyst", () -> measures.create(measureIn("US", records.newPlatform())));
        PolicyEvent tooLong = new PolicyEvent(measure, PolicyDate.day(2024, 3, 1), EventAction.SIGNED,
                "x".repeat(PolicyEvent.SUMMARY_MAX + 1));
        assertThatThrownBy(() -> as("analyst", () -> events.addAll(List.of(tooLong))))
                .isInstanceOf(ConstraintViolationException.class);

        Source untitledSource = new Source("Publisher", "x".repeat(Source.TITLE_MAX + 1));
        assertThatThrownBy(() -> as("analyst", () -> sources.saveAll(List.of(untitledSource))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(as("analyst", () -> events.eventsOfAll(List.of(measure.getId())))).isEmpty();
    }

    @Test
    void sources_are_found_together_only_as_far_as_the_caller_may_see_them_and_only_new_ones_saved_together() {
        Source recorded = as("analyst", () -> sources.save(new Source("Example", "Uncited " + UUID.randomUUID(),
                "https://example.org/uncited-" + UUID.randomUUID())));
        SourceCell cell = SourceCell.of(recorded);

        assertThat(as("analyst", () -> sources.findAll(List.of(cell)))).containsOnlyKeys(cell.text());
        assertThat(as("reviewer", () -> sources.findAll(List.of(cell)))).isEmpty();
        assertThatThrownBy(() -> as("analyst", () -> sources.saveAll(List.of(recorded))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void measures_titled_alike_are_found_together_only_as_far_as_the_caller_may_see_them() {
        Platform platform = records.newPlatform();
        PolicyMeasure draft = as("analyst", () -> measures.create(measureIn("US", platform)));

        assertThat(as("analyst", () -> measures.likelyDuplicatesAmong(List.of("US", "CA"),
                List.of(draft.getTitle().toUpperCase())))).extracting(PolicyMeasure::getId).containsExactly(draft.getId());
        assertThat(as("viewer", () -> measures.likelyDuplicatesAmong(List.of("US"), List.of(draft.getTitle()))))
                .isEmpty();
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }
}
