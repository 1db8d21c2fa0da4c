package org.sovereigntywatch.notification;

/** Something the user watches, named as the user may see it. */
public record Watched(WatchTarget target, long id, String name) {
}
