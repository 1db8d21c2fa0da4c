package org.sovereigntywatch.notification;

/** A user marked notifications read: their bell's count went down. */
public record NotificationsRead(long userId) {
}
