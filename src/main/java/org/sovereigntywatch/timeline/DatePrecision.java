package org.sovereigntywatch.timeline;

/** How precisely an event's date is known. */
public enum DatePrecision {
    /** A known day: 17 January 2025. */
    DAY,
    /** Only the month: January 2021 stands for the whole month, not its first day. */
    MONTH,
    /** Only the year. */
    YEAR
}
