package org.sovereigntywatch.timeline;

/** A policy measure named for a link to it: what other features show of the measures they refer to. */
public record MeasureTitle(long id, String title) {
}
