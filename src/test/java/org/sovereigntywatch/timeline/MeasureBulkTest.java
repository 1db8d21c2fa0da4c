package org.sovereigntywatch.timeline;

import org.sovereigntywatch.base.UserTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.editorial.BulkResult;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sovereigntywatch.base.UserTexts.english;
import static org.sovereigntywatch.editorial.PublicationState.ARCHIVED;
import static org.sovereigntywatch.editorial.PublicationState.IN_REVIEW;
import static org.sovereigntywatch.editorial.PublicationState.PUBLISHED;

/** Bulk moves of measures go through the same single-item checks as concerns' (the workflow is written once). */
@IntegrationTest
class MeasureBulkTest {

    @Autowired MeasureService measures;
    @Autowired JurisdictionService jurisdictions;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    private Platform platform;
    private PolicyMeasure us;
    private PolicyMeasure india;

    @BeforeEach
    void twoDraftsOfTheDemoAnalyst() {
        platform = records.newPlatform();
        us = measure("US");
        india = measure("IN");
    }

    @Test
    void a_reviewer_covering_the_us_publishes_the_us_measure_and_is_told_why_not_the_indian_one() {
        as("analyst", () -> measures.moveAll(List.of(us.getId(), india.getId()), IN_REVIEW, null));
        as("reviewer", () -> measures.moveAll(List.of(india.getId()), PUBLISHED, null));
        String usReviewer = records.userCovering(Role.REVIEWER, "US");

        BulkResult published = as(usReviewer, () -> measures.moveAll(List.of(us.getId(), india.getId()), PUBLISHED,
                null));
        BulkResult archived = as(usReviewer, () -> measures.moveAll(List.of(us.getId(), india.getId()), ARCHIVED,
                "Repealed."));

        assertThat(published.done()).extracting(BulkResult.Done::title).containsExactly(us.getTitle());
        assertThat(published.refused()).extracting(BulkResult.Refused::title,
                        refused -> UserTexts.english(refused.reason()))
                .containsExactly(tuple(india.getTitle(), "Already in the state “Published”."));
        assertThat(archived.done()).extracting(BulkResult.Done::id).containsExactly(us.getId());
        assertThat(archived.refused()).extracting(refused -> UserTexts.english(refused.reason()))
                .containsExactly("You do not cover the jurisdiction IN.");
        assertThat(as("viewer", () -> measures.get(india.getId())).getState()).isEqualTo(PUBLISHED);
    }

    @Test
    void ids_of_all_matching_are_only_those_the_caller_may_see() {
        MeasureFilter onPlatform = MeasureFilter.ALL.withPlatforms(Set.of(platform.getId()));
        as("analyst", () -> measures.moveAll(List.of(india.getId()), IN_REVIEW, null));
        as("reviewer", () -> measures.moveAll(List.of(india.getId()), PUBLISHED, null));

        assertThat(as("analyst", () -> measures.ids(onPlatform))).containsExactly(us.getId(), india.getId());
        assertThat(as("analyst", () -> measures.ids(onPlatform.withStates(Set.of(PUBLISHED)))))
                .containsExactly(india.getId());
        assertThat(as("viewer", () -> measures.ids(onPlatform))).containsExactly(india.getId());
        assertThat(as(records.userCovering(Role.ANALYST, "CA"), () -> measures.ids(onPlatform)))
                .containsExactly(india.getId());
    }

    private PolicyMeasure measure(String jurisdiction) {
        PolicyMeasure measure = new PolicyMeasure("Bulk test measure " + UUID.randomUUID());
        measure.setJurisdiction(as("viewer", () -> jurisdictions.findByCode(jurisdiction).orElseThrow()));
        measure.setPlatforms(Set.of(platform));
        return as("analyst", () -> measures.create(measure));
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }
}
