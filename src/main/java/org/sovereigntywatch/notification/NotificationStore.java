package org.sovereigntywatch.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notification table, in plain SQL: a fan-out is one {@code INSERT … SELECT} over the users a condition admits,
 * whatever their number, and the bell's count reads the {@code (recipient_id, read_at)} index alone.
 */
@Repository
class NotificationStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MailSetup mail;

    NotificationStore(JdbcClient jdbc, Clock clock, MailSetup mail) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mail = mail;
    }

    /**
     * Writes the notice for every user {@code recipients} admits (a condition on {@code app_user u}, with its
     * parameters), but the one who caused it. Each row says whether it is to be mailed, and how, from its
     * recipient's choice for the reason, their address and whether this server sends mail at all.
     *
     * @return how many users it was written for
     */
    int notify(Notice notice, String recipients, Map<String, ?> parameters) {
        return jdbc.sql("""
                        insert into notification (recipient_id, reason, item_kind, item_id, event_id, actor, detail,
                                                  due_on, created_at, delivery)
                        select u.id, :reason, :itemKind, :itemId, :eventId, :actor, :detail, :dueOn, :now,
                               case when :mailOn = 1 and u.email is not null then d.delivery end
                        from app_user u
                        left join notification_delivery d on d.user_id = u.id and d.reason = :reason
                        where (""" + recipients + ") and u.username <> :actorOrNone")
                .params(parameters)
                .param("mailOn", mail.isOn() ? 1 : 0)
                .param("reason", notice.reason().name())
                .param("itemKind", notice.itemKind())
                .param("itemId", notice.itemId())
                .param("eventId", notice.eventId(), java.sql.Types.BIGINT)
                .param("actor", notice.actor(), java.sql.Types.VARCHAR)
                .param("detail", notice.detail(), java.sql.Types.VARCHAR)
                .param("dueOn", notice.dueOn(), java.sql.Types.DATE)
                .param("now", at(clock.instant()))
                .param("actorOrNone", notice.actor() == null ? "" : notice.actor())
                .update();
    }

    long countUnread(long recipientId) {
        return jdbc.sql("select count(*) from notification where recipient_id = :me and read_at is null")
                .param("me", recipientId).query(Long.class).single();
    }

    long count(long recipientId) {
        return jdbc.sql("select count(*) from notification where recipient_id = :me")
                .param("me", recipientId).query(Long.class).single();
    }

    /** A page of the recipient's notifications, newest first. */
    List<StoredNotification> page(long recipientId, int offset, int limit) {
        return jdbc.sql("""
                        select n.id, n.reason, n.item_kind, n.item_id, n.event_id, n.actor, a.display_name, n.detail,
                               n.due_on, n.created_at, n.read_at
                        from notification n left join app_user a on a.username = n.actor
                        where n.recipient_id = :me
                        order by n.id desc offset :offset rows fetch next :limit rows only""")
                .param("me", recipientId).param("offset", offset).param("limit", limit)
                .query(NotificationStore::stored).list();
    }

    Optional<Long> recipientOf(long id) {
        return jdbc.sql("select recipient_id from notification where id = :id").param("id", id)
                .query(Long.class).optional();
    }

    /** Marks one of the recipient's notifications read; false if it is not theirs or already read. */
    boolean markRead(long id, long recipientId) {
        return jdbc.sql("update notification set read_at = :now where id = :id and recipient_id = :me and read_at is null")
                .param("now", at(clock.instant())).param("id", id).param("me", recipientId).update() > 0;
    }

    int markAllRead(long recipientId) {
        return jdbc.sql("update notification set read_at = :now where recipient_id = :me and read_at is null")
                .param("now", at(clock.instant())).param("me", recipientId).update();
    }

    int deleteOlderThan(Instant moment) {
        return jdbc.sql("delete from notification where created_at < :moment").param("moment", at(moment)).update();
    }

    /** The highest id written so far; 0 for none. */
    long lastId() {
        return jdbc.sql("select coalesce(max(id), 0) from notification").query(Long.class).single();
    }

    /** Who got a notification with an id above {@code id}, each once. */
    List<Long> recipientsAfter(long id) {
        return jdbc.sql("select distinct recipient_id from notification where id > :id").param("id", id)
                .query(Long.class).list();
    }

    /**
     * Records that a reminder about an item's day was sent, once: true the first time, false when it was already.
     * The primary key makes a second node's attempt fail rather than send twice.
     */
    boolean firstReminder(NotificationReason reason, long itemId, LocalDate dueOn) {
        return jdbc.sql("""
                        insert into reminder_sent (reason, item_id, due_on, sent_at)
                        select :reason, :itemId, :dueOn, :now from (values (1)) as one_row (n)
                        where not exists (select 1 from reminder_sent
                                          where reason = :reason and item_id = :itemId and due_on = :dueOn)""")
                .param("reason", reason.name()).param("itemId", itemId).param("dueOn", dueOn)
                .param("now", at(clock.instant())).update() > 0;
    }

    static OffsetDateTime at(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }

    static StoredNotification stored(ResultSet row, int number) throws SQLException {
        long eventId = row.getLong("event_id");
        Long event = row.wasNull() ? null : eventId;
        OffsetDateTime readAt = row.getObject("read_at", OffsetDateTime.class);
        return new StoredNotification(row.getLong("id"), NotificationReason.valueOf(row.getString("reason")),
                row.getString("item_kind"), row.getLong("item_id"), event, row.getString("actor"), row.getString("display_name"),
                row.getString("detail"), row.getObject("due_on", LocalDate.class),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                readAt == null ? null : readAt.toInstant());
    }
}
