package org.sovereigntywatch.concern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.sovereigntywatch.editorial.PublicationState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds, every hour on one node, the concerns whose review is due within {@value #DAYS_AHEAD} days or overdue, and
 * tells the application of each ({@link ReviewComingDue}); the notifications make sure each owner hears once per date.
 * Every hour rather than once a day, so a node down at the hour delays a reminder by an hour, not a day. Archived
 * concerns and concerns no longer reviewed ({@link TreatmentStatus#isReviewed()}) are left alone.
 */
@Component
public class ReviewReminders {

    static final int DAYS_AHEAD = 7;

    @PersistenceContext
    private EntityManager entityManager;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ReviewReminders(ApplicationEventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    /** One run: what is due now, told in one transaction. */
    @Scheduled(cron = "${sovereigntywatch.jobs.cron:0 0 * * * *}")
    @SchedulerLock(name = "review-reminders", lockAtLeastFor = "${sovereigntywatch.jobs.lock-at-least:PT5M}")
    @Transactional
    public void remind() {
        LocalDate today = LocalDate.now(clock);
        List<ReviewComingDue> due = entityManager.createQuery("select new " + ReviewComingDue.class.getName()
                        + "(c.id, c.owner.id, c.nextReview, c.nextReview < :" + ConcernRules.TODAY + ")"
                        + " from Concern c where c.nextReview <= :until and c.state <> :archived and "
                        + ConcernRules.reviewedCondition("c") + " order by c.id", ReviewComingDue.class)
                .setParameter(ConcernRules.TODAY, today)
                .setParameter("until", today.plusDays(DAYS_AHEAD))
                .setParameter("archived", PublicationState.ARCHIVED)
                .getResultList();
        due.forEach(publisher::publishEvent);
    }
}
