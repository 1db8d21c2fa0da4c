package org.sovereigntywatch.timeline;

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
import java.util.Objects;

/**
 * Finds, every hour on one node, the expected events of published measures (a deadline, an entry into force) that
 * fall within {@value #DAYS_AHEAD} days, and tells the application of each ({@link EventComingUp}); the notifications
 * make sure each watcher hears once. An event with a month or year for its date counts from its first day.
 */
@Component
public class ExpectedEventReminders {

    static final int DAYS_AHEAD = 7;

    @PersistenceContext
    private EntityManager entityManager;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ExpectedEventReminders(ApplicationEventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    /** One run: the expected events coming up now, told in one transaction. */
    @Scheduled(cron = "${sovereigntywatch.jobs.cron:0 0 * * * *}")
    @SchedulerLock(name = "expected-event-reminders", lockAtLeastFor = "${sovereigntywatch.jobs.lock-at-least:PT5M}")
    @Transactional
    public void remind() {
        LocalDate today = LocalDate.now(clock);
        entityManager.createQuery("""
                        select distinct e from PolicyEvent e join fetch e.measure m left join fetch m.platforms
                        where e.expected = true and e.cancelled = false and m.state = :published
                        and e.periodStart between :today and :until order by e.id""", PolicyEvent.class)
                .setParameter("published", PublicationState.PUBLISHED)
                .setParameter("today", today)
                .setParameter("until", today.plusDays(DAYS_AHEAD))
                .getResultList()
                .forEach(event -> {
                    PolicyMeasure measure = Objects.requireNonNull(event.getMeasure());
                    publisher.publishEvent(new EventComingUp(event.getId(), measure.getId(),
                            Objects.requireNonNull(event.getDay()), measure.subjects()));
                });
    }
}
