package org.sovereigntywatch.notification;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The notifications waiting to be mailed: rows whose {@code delivery} says how and whose {@code mailed_at} is empty.
 * The mailer takes them recipient by recipient, so that one person's digest is never split between two mails.
 */
@Repository
class MailQueue {

    private final JdbcClient jdbc;

    MailQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Someone a mail may go to, as their account says now; in the language they chose, else their browser's when they
     * last signed in, else British English.
     */
    record Recipient(long id, String username, @Nullable String email, boolean enabled, Locale locale) {
    }

    /** A notification waiting for its mail, with its recipient. */
    record Waiting(StoredNotification notification, Recipient recipient) {
    }

    /**
     * Who has notifications waiting to be mailed this way: the first {@code limit} by id after {@code afterId}, so
     * that a run passes each recipient once even when the server refuses their mail.
     */
    List<Long> recipients(Delivery delivery, long afterId, int limit) {
        return jdbc.sql("""
                        select distinct recipient_id from notification
                        where delivery = :delivery and mailed_at is null and recipient_id > :after
                        order by recipient_id fetch first :limit rows only""")
                .param("delivery", delivery.name()).param("after", afterId).param("limit", limit)
                .query(Long.class).list();
    }

    /** These recipients' notifications waiting to be mailed this way, by recipient and then oldest first. */
    List<Waiting> waiting(Delivery delivery, Collection<Long> recipientIds) {
        return jdbc.sql("""
                        select n.id, n.reason, n.item_kind, n.item_id, n.event_id, n.actor, a.display_name, n.detail,
                               n.due_on, n.created_at, n.read_at,
                               u.id as user_id, u.username, u.email, u.enabled,
                               coalesce(u.locale, u.browser_locale) as locale
                        from notification n
                        join app_user u on u.id = n.recipient_id
                        left join app_user a on a.username = n.actor
                        where n.delivery = :delivery and n.mailed_at is null and n.recipient_id in (:recipients)
                        order by n.recipient_id, n.id""")
                .param("delivery", delivery.name()).param("recipients", recipientIds)
                .query((row, number) -> {
                    String locale = row.getString("locale");
                    return new Waiting(NotificationStore.stored(row, number), new Recipient(row.getLong("user_id"),
                            row.getString("username"), row.getString("email"), row.getBoolean("enabled"),
                            locale == null ? Locale.UK : Locale.forLanguageTag(locale)));
                })
                .list();
    }

    /** Takes these notifications off the queue: mailed, or not to be (read already, or no address any more). */
    void done(Collection<Long> notificationIds, Instant at) {
        if (!notificationIds.isEmpty()) {
            jdbc.sql("update notification set mailed_at = :at where id in (:ids)")
                    .param("at", NotificationStore.at(at)).param("ids", notificationIds).update();
        }
    }
}
