package org.sovereigntywatch.concern;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Overdue for review" and "open" as {@link ConcernRules} states them: the register's filters and the dashboard's
 * count (SQL) pick, among stored concerns of every treatment status, before, on and after their review date,
 * archived or not, exactly the concerns the rules pick in Java.
 */
@IntegrationTest
class ConcernRulesTest {

    @Autowired ConcernService concerns;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;
    @Autowired Clock clock;

    @Test
    void the_queries_pick_the_concerns_the_rules_pick_in_java() {
        Platform platform = records.newPlatform();
        LocalDate today = LocalDate.now(clock);
        for (TreatmentStatus status : TreatmentStatus.values()) {
            for (LocalDate review : List.of(today.minusDays(1), today, today.plusDays(1))) {
                concern(platform, status, review);
            }
            Concern archived = concern(platform, status, today.minusDays(1));
            runAs.user("reviewer", () -> concerns.move(archived.getId(), archived.getVersion(),
                    PublicationState.ARCHIVED, null));
        }
        ConcernFilter these = ConcernFilter.ALL.withPlatforms(Set.of(platform.getId()));
        List<ConcernRow> all = list(these);
        assertThat(all).hasSize(TreatmentStatus.values().length * 4);
        Predicate<ConcernRow> overdue = row -> row.reviewOverdue(today);
        Predicate<ConcernRow> open = row -> row.treatmentStatus().isOpen() && row.state() != PublicationState.ARCHIVED;

        assertThat(ids(list(these.withOverdueOnly(true)))).isNotEmpty().containsExactlyInAnyOrderElementsOf(ids(all, overdue));
        assertThat(ids(list(these.withOpenOnly(true)))).isNotEmpty().containsExactlyInAnyOrderElementsOf(ids(all, open));
        long overdueAmongOpen = runAs.user("reviewer", () -> concerns.countOpenByScore(these)).stream()
                .mapToLong(ConcernCounts.ByScore::overdue).sum();
        assertThat(overdueAmongOpen).isPositive().isEqualTo(all.stream().filter(open.and(overdue)).count());
    }

    @Test
    void a_review_is_overdue_once_its_date_has_passed_unless_the_concern_is_closed() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertThat(ConcernRules.isReviewOverdue(today, TreatmentStatus.OPEN, today)).isFalse();
        assertThat(ConcernRules.isReviewOverdue(today.minusDays(1), TreatmentStatus.OPEN, today)).isTrue();
        assertThat(ConcernRules.isReviewOverdue(today.minusDays(1), TreatmentStatus.MITIGATED, today)).isTrue();
        assertThat(ConcernRules.isReviewOverdue(today.minusDays(1), TreatmentStatus.CLOSED, today)).isFalse();
    }

    private Concern concern(Platform platform, TreatmentStatus status, LocalDate review) {
        Concern concern = records.newConcern(platform, "US", 2, 3);
        concern.setTreatmentStatus(status);
        concern.setNextReview(review);
        return records.create(concern);
    }

    private List<ConcernRow> list(ConcernFilter filter) {
        return runAs.user("reviewer", () -> concerns.list(filter, Pageable.unpaged()));
    }

    private static List<Long> ids(List<ConcernRow> rows) {
        return ids(rows, row -> true);
    }

    private static List<Long> ids(List<ConcernRow> rows, Predicate<ConcernRow> which) {
        List<Long> ids = new ArrayList<>();
        rows.stream().filter(which).forEach(row -> ids.add(row.id()));
        return ids;
    }
}
