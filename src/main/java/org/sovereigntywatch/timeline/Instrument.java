package org.sovereigntywatch.timeline;

/** The legal form a measure takes. */
public enum Instrument {
    LAW, EXECUTIVE_ORDER, REGULATION, COURT_CASE, GOVERNMENT_DEVICE_BAN, APP_STORE_REMOVAL, NETWORK_BLOCK, FINE,
    INVESTIGATION, DIVESTITURE_ORDER, OTHER
}
