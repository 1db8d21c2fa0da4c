package org.sovereigntywatch.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.RefusedException;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.ConcernRow;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.timeline.MeasureFilter;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Covering a jurisdiction covers its subdivisions: the demo analyst, who covers US, records and edits the measures
 * and concerns of Montana (US-MT, in the demo data) and sees their drafts; an analyst covering Canada only does not.
 */
@IntegrationTest
class SubdivisionCoverageTest {

    @Autowired RunAs runAs;
    @Autowired JurisdictionService jurisdictions;
    @Autowired MeasureService measures;
    @Autowired ConcernService concerns;
    @Autowired UserService users;
    @Autowired TestRecords records;
    @Autowired PlatformService platforms;

    private Jurisdiction montana;

    @BeforeEach
    void montanaIsInTheDemoData() {
        montana = runAs.user("viewer", () -> jurisdictions.findByCode("US-MT").orElseThrow());
    }

    @Test
    void an_analyst_covering_a_country_records_edits_and_submits_a_measure_of_its_state() {
        PolicyMeasure measure = runAs.user("analyst", () -> measures.create(montanaMeasure()));
        measure.setSummary("Edited by the analyst covering US");
        PolicyMeasure edited = runAs.user("analyst", () -> measures.update(measure));
        PolicyMeasure submitted = runAs.user("analyst", () ->
                measures.move(edited.getId(), edited.getVersion(), PublicationState.IN_REVIEW, null));
        assertThat(submitted.getState()).isEqualTo(PublicationState.IN_REVIEW);
    }

    @Test
    void an_analyst_covering_a_country_sees_the_drafts_of_its_states_and_another_analyst_does_not() {
        Platform platform = records.newPlatform();
        Concern concern = records.newConcern(platform, "US", 3, 3);
        concern.setAffectedJurisdiction(montana);
        Concern draft = records.create(concern);
        PolicyMeasure measure = runAs.user("analyst", () -> measures.create(montanaMeasure()));
        String canadian = canadianAnalyst();

        ConcernFilter mine = ConcernFilter.ALL.withPlatforms(Set.of(platform.getId()));
        assertThat(runAs.user("analyst", () -> concerns.list(mine, Pageable.ofSize(10))))
                .extracting(ConcernRow::id).containsExactly(draft.getId());
        assertThat(runAs.user("analyst", () -> measures.list(MeasureFilter.ALL.withText(measure.getTitle()),
                Pageable.ofSize(10)))).hasSize(1);
        assertThat(runAs.user(canadian, () -> concerns.list(mine, Pageable.ofSize(10)))).isEmpty();
        assertThat(runAs.user(canadian, () -> measures.list(MeasureFilter.ALL.withText(measure.getTitle()),
                Pageable.ofSize(10)))).isEmpty();
        assertThatThrownBy(() -> runAs.user(canadian, () -> measures.create(montanaMeasure())))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(Texts.format(Locale.UK, refused.text()))
                        .isEqualTo("You do not cover the jurisdiction US-MT."));
    }

    @Test
    void a_user_covering_a_state_only_does_not_cover_its_country() {
        String montanan = analystCovering("US-MT");
        assertThat(runAs.user(montanan, () -> measures.create(montanaMeasure())).getId()).isNotNull();
        PolicyMeasure federal = montanaMeasure();
        federal.setJurisdiction(runAs.user("viewer", () -> jurisdictions.findByCode("US").orElseThrow()));
        assertThatThrownBy(() -> runAs.user(montanan, () -> measures.create(federal)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private PolicyMeasure montanaMeasure() {
        PolicyMeasure measure = new PolicyMeasure("Montana measure " + UUID.randomUUID());
        measure.setJurisdiction(montana);
        measure.setPlatforms(Set.of(runAs.user("viewer", () -> platforms.findByName("TikTok").orElseThrow())));
        return measure;
    }

    private String canadianAnalyst() {
        return analystCovering("CA");
    }

    private String analystCovering(String code) {
        String username = "cover" + UUID.randomUUID().toString().substring(0, 8);
        AppUser user = new AppUser(username, "Analyst covering " + code, Role.ANALYST);
        user.setJurisdictionCodes(Set.of(code));
        runAs.user("admin", () -> users.create(user, "a long enough password"));
        return username;
    }
}
