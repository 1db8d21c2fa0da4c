package org.sovereigntywatch.timeline;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The likely-duplicate check behind the measure form's warning: same jurisdiction, same title but for case and spaces. */
@IntegrationTest
class MeasureDuplicatesTest {

    @Autowired MeasureService measures;
    @Autowired JurisdictionService jurisdictions;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void a_measure_titled_the_same_but_for_case_and_spaces_in_the_same_jurisdiction_is_a_likely_duplicate() {
        PolicyMeasure recorded = draft("analyst", "US", "Protecting Americans from " + marker + " Act");

        assertThat(as("analyst", () -> measures.likelyDuplicates("US", "  protecting  americans FROM " + marker + " act ",
                null))).extracting(PolicyMeasure::getId).containsExactly(recorded.getId());
        assertThat(as("analyst", () -> measures.likelyDuplicates("CA", "Protecting Americans from " + marker + " Act",
                null))).isEmpty();
        assertThat(as("analyst", () -> measures.likelyDuplicates("US", "Protecting Americans from " + marker + " Acts",
                null))).isEmpty();
    }

    @Test
    void the_measure_being_edited_is_not_its_own_duplicate() {
        PolicyMeasure recorded = draft("analyst", "US", "Self " + marker);
        assertThat(as("analyst", () -> measures.likelyDuplicates("US", "Self " + marker, recorded.getId()))).isEmpty();
    }

    @Test
    void a_draft_the_user_may_not_see_is_never_revealed() {
        PolicyMeasure french = draft("admin", "FR", "French draft " + marker);

        assertThat(as("analyst", () -> measures.likelyDuplicates("FR", "French draft " + marker, null))).isEmpty();
        assertThat(as("viewer", () -> measures.likelyDuplicates("FR", "French draft " + marker, null))).isEmpty();
        assertThat(as("reviewer", () -> measures.likelyDuplicates("FR", "French draft " + marker, null)))
                .extracting(PolicyMeasure::getId).containsExactly(french.getId());
    }

    private PolicyMeasure draft(String username, String jurisdiction, String title) {
        PolicyMeasure measure = new PolicyMeasure(title);
        measure.setJurisdiction(as("viewer", () -> jurisdictions.findByCode(jurisdiction).orElseThrow()));
        measure.setPlatforms(Set.of(records.newPlatform()));
        measure.setInstrument(Instrument.LAW);
        return as(username, () -> measures.create(measure));
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }
}
