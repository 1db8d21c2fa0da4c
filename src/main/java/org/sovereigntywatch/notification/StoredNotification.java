package org.sovereigntywatch.notification;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A notification as its row holds it, with the display name of who caused it. */
record StoredNotification(long id, NotificationReason reason, String itemKind, long itemId, @Nullable Long eventId,
                          @Nullable String actor, @Nullable String actorName, @Nullable String detail, @Nullable LocalDate dueOn,
                          Instant createdAt, @Nullable Instant readAt) {
}
