package org.sovereigntywatch.notification;

import org.springframework.context.ApplicationContext;

/** The mail jobs, for the benchmark runner in its own package: the jobs themselves are the notification package's. */
public final class MailJobs {

    private MailJobs() {
    }

    /** Runs the daily digest job as its schedule would, through its lock. */
    public static void sendDigests(ApplicationContext context) {
        context.getBean(NotificationMailer.class).sendDigests();
    }
}
