package org.sovereigntywatch.notification;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What one notification says, before it is written for its recipients.
 *
 * @param itemKind the item's kind, as its service names it ("concern", "measure")
 * @param eventId  the policy event it is about, if any
 * @param actor    the username of who caused it; null for the application's own reminders
 * @param detail   a comment that came with it (a return to draft, a discussion), shown only while the item is visible
 * @param dueOn    the day a reminder is about
 */
record Notice(NotificationReason reason, String itemKind, long itemId, @Nullable Long eventId, @Nullable String actor,
              @Nullable String detail, @Nullable LocalDate dueOn) {

    /** The most of a comment a notification keeps; the item's review log holds all of it. */
    static final int DETAIL_MAX = 2000;

    Notice {
        if (detail != null && detail.length() > DETAIL_MAX) {
            detail = detail.substring(0, DETAIL_MAX - 1) + "…";
        }
    }

    static Notice of(NotificationReason reason, String itemKind, long itemId, @Nullable String actor) {
        return new Notice(reason, itemKind, itemId, null, actor, null, null);
    }
}
