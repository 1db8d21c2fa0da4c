package org.sovereigntywatch.security;

/** Whether a personal access token may be used ({@link ApiTokenRow#status}). */
public enum ApiTokenStatus {
    USABLE, EXPIRED, REVOKED
}
