package org.sovereigntywatch.base;

import java.time.Instant;

/**
 * A row with when its item last changed, for the rows whose record does not carry it (a register's row is also read
 * as of a past moment, when the versions it comes from hold no such time): what the API pages by in its default
 * order and what a sync filters by.
 *
 * @param <R> the row
 */
public record Stamped<R>(R row, Instant changedAt) {
}
