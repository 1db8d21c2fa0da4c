package org.sovereigntywatch.concern;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The likely-duplicate check behind the concern form's warning: same platform, same two jurisdictions, same title but
 * for case and spaces. {@link TestRecords} makes concerns about Chinese law.
 */
@IntegrationTest
class ConcernDuplicatesTest {

    @Autowired ConcernService concerns;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    @Test
    void a_concern_titled_the_same_about_the_same_platform_and_jurisdictions_is_a_likely_duplicate() {
        Platform platform = records.newPlatform();
        Concern recorded = records.create(records.newConcern(platform, "US", 3, 3));
        String sameTitle = " " + recorded.getTitle().toUpperCase().replace(" ", "  ") + " ";

        assertThat(as("analyst", () -> concerns.likelyDuplicates(platform.getId(), "US", "CN", sameTitle, null)))
                .extracting(Concern::getId).containsExactly(recorded.getId());
        assertThat(as("analyst", () -> concerns.likelyDuplicates(platform.getId(), "CA", "CN", sameTitle, null)))
                .isEmpty();
        assertThat(as("analyst", () -> concerns.likelyDuplicates(platform.getId(), "US", "RU", sameTitle, null)))
                .isEmpty();
        assertThat(as("analyst", () -> concerns.likelyDuplicates(platform.getId(), "US", "CN", sameTitle,
                recorded.getId()))).isEmpty();
    }

    @Test
    void a_draft_the_user_may_not_see_is_never_revealed() {
        Platform platform = records.newPlatform();
        Concern draft = records.create(records.newConcern(platform, "US", 3, 3));

        assertThat(as("viewer", () -> concerns.likelyDuplicates(platform.getId(), "US", "CN", draft.getTitle(), null)))
                .isEmpty();
        records.publish(draft);
        assertThat(as("viewer", () -> concerns.likelyDuplicates(platform.getId(), "US", "CN", draft.getTitle(), null)))
                .extracting(Concern::getId).containsExactly(draft.getId());
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }
}
