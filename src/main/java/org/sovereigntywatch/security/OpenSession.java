package org.sovereigntywatch.security;

import org.sovereigntywatch.base.Text;

import java.time.Instant;

/**
 * A signed-in session as its user or an admin sees it.
 *
 * @param id      the handle to end it by
 * @param browser the browser and system, as far as the browser told them, to be put into the reader's words
 * @param current whether it is the session of the person looking
 */
public record OpenSession(String id, Instant started, Instant lastActive, Text browser, String address, boolean current) {
}
