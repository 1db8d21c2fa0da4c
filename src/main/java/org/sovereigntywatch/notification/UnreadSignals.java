package org.sovereigntywatch.notification;

import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Tells this node's open pages when their user's unread count changed, so the bell updates without a reload (the
 * page's half of it is Vaadin push). Every few seconds each node asks the database which users got notifications
 * since it last asked: one indexed query per node, whatever the number of pages open, and it sees notifications
 * written on any node. Marking read on this node tells that user's pages at once ({@link NotificationsRead}).
 * Every node runs it, so it takes no lock.
 *
 * <p>Counts are read on several threads (this look, a page marking read, a page navigating) and reach a page in no
 * fixed order, so each {@link UnreadCount} carries the order it was read in: a page shows a count only if it was read
 * after the one shown. Otherwise a look that counted just before the user opened a notification could, arriving
 * last, put the old figure back on the bell until the next change.
 */
@Component
public class UnreadSignals {

    private final NotificationStore store;
    private final Map<Long, Set<Consumer<UnreadCount>>> listeners = new ConcurrentHashMap<>();
    /**
     * The highest notification id at the look before the last one; -1 until the second look. Looking from there
     * rather than from the last look's id also finds a notification whose transaction took its id before a later
     * one's but committed after that look (a page told twice only counts again).
     */
    private final AtomicLong lookFrom = new AtomicLong(-1);
    private final AtomicLong lastSeen = new AtomicLong(-1);
    private final AtomicLong readings = new AtomicLong();

    UnreadSignals(NotificationStore store) {
        this.store = store;
    }

    /**
     * Hears the user's unread count each time it may have changed, until the registration is removed (when the page
     * closes). The listener is called on a background thread: a page must take its UI's lock to show the figure.
     */
    public Registration listen(long userId, Consumer<UnreadCount> unreadCount) {
        listeners.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(unreadCount);
        return () -> listeners.computeIfPresent(userId, (id, set) -> {
            set.remove(unreadCount);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * Reads an unread count through {@code counter}, numbered before it is read: a count numbered later was read
     * later, so it saw every notification and every "read" the earlier one saw.
     */
    public UnreadCount read(LongSupplier counter) {
        long order = readings.incrementAndGet();
        return new UnreadCount(order, counter.getAsLong());
    }

    /** One look at the notifications written since the look before the last, telling the pages of their recipients. */
    @Scheduled(fixedDelayString = "${sovereigntywatch.notifications.signal-millis:3000}")
    public void lookForNew() {
        long since = lookFrom.get();
        long last = store.lastId();
        if (since >= 0 && last > since && !listeners.isEmpty()) {
            List<Long> recipients = store.recipientsAfter(since);
            recipients.stream().filter(listeners::containsKey).forEach(this::tell);
        }
        long previous = lastSeen.getAndSet(last);
        lookFrom.set(previous < 0 ? last : previous);
    }

    @EventListener
    void read(NotificationsRead read) {
        if (listeners.containsKey(read.userId())) {
            tell(read.userId());
        }
    }

    private void tell(long userId) {
        Set<Consumer<UnreadCount>> pages = listeners.get(userId);
        if (pages != null) {
            UnreadCount count = read(() -> store.countUnread(userId));
            pages.forEach(page -> page.accept(count));
        }
    }

    /** An unread count and the order it was read in (see the class comment). */
    public record UnreadCount(long order, long count) {

        /** Whether this count was read after {@code shown}, or nothing is shown yet. */
        public boolean readAfter(@Nullable UnreadCount shown) {
            return shown == null || order > shown.order;
        }
    }
}
