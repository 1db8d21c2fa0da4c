package org.sovereigntywatch.concern;

/** A concern named for a link to it: what other features show of the concerns they refer to. */
public record ConcernTitle(long id, String title) {
}
