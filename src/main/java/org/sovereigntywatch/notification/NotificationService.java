package org.sovereigntywatch.notification;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.ConcernTitle;
import org.sovereigntywatch.security.CurrentUser;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.timeline.EventRow;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.MeasureTitle;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The signed-in user's notifications, and only theirs: the bell's unread count, the list, newest first, and marking
 * them read. Each line is shown with its item as the reader may see it at the time of reading, through the items'
 * own services: a notification about an item that has become invisible to them says nothing about it.
 * Notifications are kept {@value NotificationCleanup#KEPT_DAYS} days.
 */
@Service
public class NotificationService {

    private final NotificationStore store;
    private final CurrentUser currentUser;
    private final ConcernService concerns;
    private final MeasureService measures;
    private final EventService events;
    private final ApplicationEventPublisher publisher;
    private final MailSetup mail;
    private final DeliveryStore deliveries;
    private final UserService users;

    NotificationService(NotificationStore store, CurrentUser currentUser, ConcernService concerns,
                        MeasureService measures, EventService events, ApplicationEventPublisher publisher,
                        MailSetup mail, DeliveryStore deliveries, UserService users) {
        this.store = store;
        this.currentUser = currentUser;
        this.concerns = concerns;
        this.measures = measures;
        this.events = events;
        this.publisher = publisher;
        this.mail = mail;
        this.deliveries = deliveries;
        this.users = users;
    }

    /** How many of the caller's notifications are unread: the bell's figure. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return store.countUnread(me());
    }

    /** How many notifications the caller has, read or not. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long count() {
        return store.count(me());
    }

    /** A page of the caller's notifications, newest first, each as the caller may see its item now. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<NotificationLine> list(int offset, int limit) {
        return lines(store.page(me(), offset, limit));
    }

    /**
     * The notifications as the current user may see their items now: the page's lines, and the mails' words, written
     * as their recipient ({@link NotificationMailer}).
     */
    List<NotificationLine> lines(List<StoredNotification> page) {
        Map<Long, String> concernTitles = concerns.titles(idsOf(page, ConcernService.KIND)).stream()
                .collect(Collectors.toMap(ConcernTitle::id, ConcernTitle::title));
        Map<Long, String> measureTitles = measures.titles(idsOf(page, MeasureService.KIND)).stream()
                .collect(Collectors.toMap(MeasureTitle::id, MeasureTitle::title));
        Map<Long, EventRow> eventRows = events.rows(page.stream().map(StoredNotification::eventId)
                        .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(EventRow::id, Function.identity()));
        return page.stream().map(stored -> {
            Map<Long, String> titles = stored.itemKind().equals(ConcernService.KIND) ? concernTitles : measureTitles;
            return line(stored, titles.get(stored.itemId()),
                    stored.eventId() == null ? null : eventRows.get(stored.eventId()));
        }).toList();
    }

    /**
     * Marks one of the caller's notifications read.
     *
     * @throws AccessDeniedException  if it is someone else's
     * @throws NoSuchElementException if there is no such notification (any more)
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public void markRead(long id) {
        long me = me();
        long recipient = store.recipientOf(id)
                .orElseThrow(() -> new NoSuchElementException("There is no notification " + id + "."));
        if (recipient != me) {
            throw new AccessDeniedException("Notification " + id + " is someone else’s");
        }
        if (store.markRead(id, me)) {
            publisher.publishEvent(new NotificationsRead(me));
        }
    }

    /** Marks all the caller's notifications read. @return how many were unread */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public int markAllRead() {
        long me = me();
        int marked = store.markAllRead(me);
        if (marked > 0) {
            publisher.publishEvent(new NotificationsRead(me));
        }
        return marked;
    }

    /** Whether this server sends e-mail; if not, every notification is in-app only. */
    @PreAuthorize("hasRole('VIEWER')")
    public boolean mailIsOn() {
        return mail.isOn();
    }

    /** How the caller hears of each reason for a notification. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Map<NotificationReason, Delivery> deliveries() {
        return deliveries.choices(me());
    }

    /**
     * Sets how the caller hears of notifications given for this reason, from the next one on.
     *
     * @throws WorkflowException for an e-mail delivery when this server sends no mail or the caller has no address
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public void chooseDelivery(NotificationReason reason, Delivery delivery) {
        if (delivery != Delivery.IN_APP) {
            if (!mail.isOn()) {
                throw new WorkflowException("notification.delivery.mail-off");
            }
            if (users.ownEmail().isEmpty()) {
                throw new WorkflowException("notification.delivery.no-address");
            }
        }
        deliveries.choose(me(), reason, delivery);
    }

    private long me() {
        return currentUser.require().getUserId();
    }

    private static Set<Long> idsOf(List<StoredNotification> page, String kind) {
        return page.stream().filter(stored -> stored.itemKind().equals(kind)).map(StoredNotification::itemId)
                .collect(Collectors.toSet());
    }

    /**
     * What a notification says: {0} who caused it, {1} the item's title, {2} the day it is about, {3} the policy event
     * in words, {4} the event's measure.
     *
     * @param title the item's title, or null if the reader may not see it now
     * @param event the event it is about, or null if there is none or the reader may not see it now
     */
    private static NotificationLine line(StoredNotification stored, @Nullable String title, @Nullable EventRow event) {
        boolean read = stored.readAt() != null;
        if (title == null) {
            return new NotificationLine(stored.id(), stored.reason(), new Text("notification.unseen"), null, null,
                    null, stored.createdAt(), read);
        }
        String actor = stored.actorName() != null ? stored.actorName()
                : stored.actor() != null ? stored.actor() : "";
        Text eventText = event == null ? new Text("notification.event.unseen")
                : new Text("notification.event", event.action(), event.date());
        Text message = new Text("notification.reason." + stored.reason().name(), actor, title,
                stored.dueOn() == null ? "" : stored.dueOn(), eventText, event == null ? "" : event.measureTitle());
        return new NotificationLine(stored.id(), stored.reason(), message, stored.itemKind(), stored.itemId(),
                stored.detail(), stored.createdAt(), read);
    }
}
