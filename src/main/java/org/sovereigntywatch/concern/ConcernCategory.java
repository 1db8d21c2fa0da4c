package org.sovereigntywatch.concern;

/** What kind of exposure a concern is about. */
public enum ConcernCategory {
    STATE_ACCESS,
    CROSS_BORDER_TRANSFER,
    DATA_LOCALISATION,
    SURVEILLANCE,
    CONTENT_MANIPULATION,
    MINORS_DATA,
    OTHER
}
