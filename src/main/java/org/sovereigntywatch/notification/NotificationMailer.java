package org.sovereigntywatch.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovereigntywatch.security.RunAs;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mails the notifications their recipients asked to have mailed: each at once (every 30 seconds) or a digest a day
 * (at 7:00), each job on one node only. Every mail is written as its recipient, with their rights at sending time, so
 * it says nothing of an item they may no longer see. A notification read in the app before its mail went is not
 * mailed. Mails that the server refuses stay queued for the next run; nothing is marked sent that was not.
 */
@Component
class NotificationMailer {

    /** How many recipients' mails are written and handed to the SMTP server on one connection. */
    static final int RECIPIENTS_PER_BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final MailSetup setup;
    private final MailQueue queue;
    private final NotificationMails mails;
    private final NotificationService notifications;
    private final RunAs runAs;
    private final Clock clock;

    NotificationMailer(MailSetup setup, MailQueue queue, NotificationMails mails, NotificationService notifications,
                       RunAs runAs, Clock clock) {
        this.setup = setup;
        this.queue = queue;
        this.mails = mails;
        this.notifications = notifications;
        this.runAs = runAs;
        this.clock = clock;
    }

    /** Mails each notification waiting for an instant mail. */
    @Scheduled(cron = "${sovereigntywatch.mail.instant-cron:*/30 * * * * *}")
    @SchedulerLock(name = "notification-mail-instant", lockAtMostFor = "PT10M")
    public void sendInstant() {
        send(Delivery.INSTANT);
    }

    /** Mails each recipient of digest notifications one digest of them. */
    @Scheduled(cron = "${sovereigntywatch.mail.digest-cron:0 0 7 * * *}")
    @SchedulerLock(name = "notification-mail-digest", lockAtLeastFor = "${sovereigntywatch.jobs.lock-at-least:PT5M}")
    public void sendDigests() {
        send(Delivery.DIGEST);
    }

    private void send(Delivery delivery) {
        // Rows are queued for mail only while mail is on; if a restart turned it off, they wait for it to come back.
        JavaMailSender sender = setup.sender().orElse(null);
        if (sender == null) {
            return;
        }
        int sent = 0;
        long after = 0;
        List<Long> recipients;
        while (!(recipients = queue.recipients(delivery, after, RECIPIENTS_PER_BATCH)).isEmpty()) {
            after = recipients.getLast();
            Batch batch = write(delivery, queue.waiting(delivery, recipients));
            Set<SimpleMailMessage> failed = batch.sendWith(sender);
            if (!batch.mails.isEmpty() && failed.size() == batch.mails.size()) {
                log.warn("The mail server took none of {} {} mails; they stay queued for the next run",
                        batch.mails.size(), delivery);
                break;
            }
            List<Long> done = new ArrayList<>(batch.notMailed);
            batch.mails.stream().filter(out -> !failed.contains(out.mail())).forEach(out -> done.addAll(out.ids()));
            queue.done(done, clock.instant());
            sent += batch.mails.size() - failed.size();
        }
        if (sent > 0) {
            log.info("Sent {} {} notification mails", sent, delivery);
        }
    }

    /** The mails for these recipients' waiting notifications, grouped by recipient in the queue's order. */
    private Batch write(Delivery delivery, List<MailQueue.Waiting> waiting) {
        Map<MailQueue.Recipient, List<StoredNotification>> byRecipient = new LinkedHashMap<>();
        waiting.forEach(row -> byRecipient.computeIfAbsent(row.recipient(), recipient -> new ArrayList<>())
                .add(row.notification()));
        Batch batch = new Batch();
        byRecipient.forEach((recipient, stored) -> {
            List<StoredNotification> unread = stored.stream().filter(row -> row.readAt() == null).toList();
            // Read in the app already, or nowhere to send it now: off the queue without a mail.
            stored.stream().filter(row -> row.readAt() != null).forEach(row -> batch.notMailed.add(row.id()));
            if (!recipient.enabled() || recipient.email() == null) {
                unread.forEach(row -> batch.notMailed.add(row.id()));
                return;
            }
            if (unread.isEmpty()) {
                return;
            }
            List<NotificationLine> lines = runAs.user(recipient.username(), () -> notifications.lines(unread));
            if (delivery == Delivery.INSTANT) {
                lines.forEach(line -> batch.mails.add(new Outgoing(
                        mails.instant(recipient.email(), recipient.locale(), line), List.of(line.id()))));
            } else {
                batch.mails.add(new Outgoing(mails.digest(recipient.email(), recipient.locale(), lines),
                        lines.stream().map(NotificationLine::id).toList()));
            }
        });
        return batch;
    }

    /** A mail and the notifications it carries. */
    private record Outgoing(SimpleMailMessage mail, List<Long> ids) {
    }

    /** The mails for some recipients, and the notifications that need none. */
    private static final class Batch {
        final List<Outgoing> mails = new ArrayList<>();
        final List<Long> notMailed = new ArrayList<>();

        /**
         * Sends the mails on one connection.
         *
         * @return the mails the server did not take, by identity: two mails may read the same
         */
        Set<SimpleMailMessage> sendWith(JavaMailSender sender) {
            Set<SimpleMailMessage> failed = Collections.newSetFromMap(new IdentityHashMap<>());
            if (mails.isEmpty()) {
                return failed;
            }
            try {
                sender.send(mails.stream().map(Outgoing::mail).toArray(SimpleMailMessage[]::new));
            } catch (MailSendException refused) {
                log.warn("The mail server refused {} of {} mails: {}", refused.getFailedMessages().size(),
                        mails.size(), refused.getMessage());
                refused.getFailedMessages().keySet().forEach(mail -> failed.add((SimpleMailMessage) mail));
            } catch (MailException unreachable) {
                log.warn("Could not send mail: {}", unreachable.getMessage());
                mails.forEach(out -> failed.add(out.mail()));
            }
            return failed;
        }
    }
}
