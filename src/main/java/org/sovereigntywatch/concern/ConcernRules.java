package org.sovereigntywatch.concern;

import org.sovereigntywatch.editorial.PublicationState;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What "overdue for review" and "open" mean, each stated once, for the register's filters, its grid and CSV, the
 * dashboard and the summary reports. "Overdue" has two forms: in Java, for a row in hand (the grid's red date, the
 * CSV's {@code review_overdue}), and as the JPQL condition the queries filter and count with. The conditions list
 * the treatment statuses {@link TreatmentStatus} accepts, so a status added later falls on the same side in every
 * form; {@code ConcernRulesTest} checks on stored concerns that the forms pick the same ones.
 */
public final class ConcernRules {

    /** The parameter that {@link #reviewOverdueCondition} compares with: the day the question is asked. */
    static final String TODAY = "today";

    private ConcernRules() {
    }

    /** Overdue for review: its review date has passed and it is still reviewed (not closed). */
    public static boolean isReviewOverdue(LocalDate nextReview, TreatmentStatus status, LocalDate today) {
        return nextReview.isBefore(today) && status.isReviewed();
    }

    /** {@link #isReviewOverdue} as a JPQL condition on the concern {@code alias}, with the parameter {@link #TODAY}. */
    static String reviewOverdueCondition(String alias) {
        return alias + ".nextReview < :" + TODAY + " and " + reviewedCondition(alias);
    }

    /** Still reviewed ({@link TreatmentStatus#isReviewed()}), as a JPQL condition on the concern {@code alias}. */
    static String reviewedCondition(String alias) {
        return alias + ".treatmentStatus in " + statuses(TreatmentStatus::isReviewed);
    }

    /**
     * Open, as a JPQL condition on the concern {@code alias}: still being worked on ({@link TreatmentStatus#isOpen()})
     * and not archived. Only queries ask it (the "open only" filter, the dashboard's and reports' counts), so it has no
     * Java twin.
     */
    static String openCondition(String alias) {
        return alias + ".treatmentStatus in " + statuses(TreatmentStatus::isOpen) + " and " + alias + ".state <> "
                + PublicationState.class.getName() + "." + PublicationState.ARCHIVED.name();
    }

    /** The statuses that pass, as a JPQL list of enum literals. */
    private static String statuses(Predicate<TreatmentStatus> passes) {
        return Arrays.stream(TreatmentStatus.values()).filter(passes)
                .map(status -> TreatmentStatus.class.getName() + "." + status.name())
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
