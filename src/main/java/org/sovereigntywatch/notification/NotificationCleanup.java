package org.sovereigntywatch.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;

/** Deletes notifications older than {@value #KEPT_DAYS} days, every night, on one node. */
@Component
class NotificationCleanup {

    static final int KEPT_DAYS = 90;
    private static final Logger log = LoggerFactory.getLogger(NotificationCleanup.class);

    private final NotificationStore store;
    private final Clock clock;

    NotificationCleanup(NotificationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(cron = "${sovereigntywatch.jobs.cleanup-cron:0 30 3 * * *}")
    @SchedulerLock(name = "notification-cleanup", lockAtLeastFor = "${sovereigntywatch.jobs.lock-at-least:PT5M}")
    @Transactional
    public void deleteOld() {
        int deleted = store.deleteOlderThan(clock.instant().minus(Duration.ofDays(KEPT_DAYS)));
        if (deleted > 0) {
            log.info("Deleted {} notifications older than {} days", deleted, KEPT_DAYS);
        }
    }
}
