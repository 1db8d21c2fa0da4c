package org.sovereigntywatch.notification;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A notification as its row holds it. */
record StoredNotification(long id, NotificationReason reason, String itemKind, long itemId, @Nullable Long eventId,
                          @Nullable String actor, @Nullable String detail, @Nullable LocalDate dueOn,
                          Instant createdAt, @Nullable Instant readAt) {
}
