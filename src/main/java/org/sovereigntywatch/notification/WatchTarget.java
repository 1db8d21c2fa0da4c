package org.sovereigntywatch.notification;

/** What a user may watch. Watching a country covers its subdivisions. */
public enum WatchTarget {
    JURISDICTION, PLATFORM, MEASURE, CONCERN
}
