package org.sovereigntywatch.timeline;

/** What a measure is meant to protect or regulate. */
public enum PolicyArea {
    NATIONAL_SECURITY, DATA_PROTECTION, CONTENT_MODERATION, MINORS_PROTECTION, COMPETITION, TRADE_INVESTMENT, OTHER
}
