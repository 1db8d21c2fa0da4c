package org.sovereigntywatch.timeline;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.base.TextRules;

import java.util.Set;

/**
 * What the measures grid and the reports are filtered by; every part is optional, an empty set meaning "any".
 * Start from {@link #ALL} and narrow it with the {@code with…} methods.
 *
 * @param text words in the title or summary, ignoring case
 */
public record MeasureFilter(String text, Set<String> jurisdictionCodes, Set<Long> platformIds,
                            @Nullable Instrument instrument, Set<PublicationState> states,
                            @Nullable EventAction currentStatus) {

    public static final MeasureFilter ALL = new MeasureFilter("", Set.of(), Set.of(), null, Set.of(), null);

    public MeasureFilter {
        text = TextRules.forSearch(text);
        jurisdictionCodes = Set.copyOf(jurisdictionCodes);
        platformIds = Set.copyOf(platformIds);
        states = Set.copyOf(states);
    }

    public MeasureFilter withText(String words) {
        return new MeasureFilter(words, jurisdictionCodes, platformIds, instrument, states, currentStatus);
    }

    public MeasureFilter withJurisdictions(Set<String> codes) {
        return new MeasureFilter(text, codes, platformIds, instrument, states, currentStatus);
    }

    public MeasureFilter withPlatforms(Set<Long> ids) {
        return new MeasureFilter(text, jurisdictionCodes, ids, instrument, states, currentStatus);
    }

    public MeasureFilter withInstrument(@Nullable Instrument value) {
        return new MeasureFilter(text, jurisdictionCodes, platformIds, value, states, currentStatus);
    }

    public MeasureFilter withStates(Set<PublicationState> values) {
        return new MeasureFilter(text, jurisdictionCodes, platformIds, instrument, values, currentStatus);
    }

    /** Measures whose latest event that happened has this action: {@code IN_FORCE} for the measures in force. */
    public MeasureFilter withCurrentStatus(@Nullable EventAction value) {
        return new MeasureFilter(text, jurisdictionCodes, platformIds, instrument, states, value);
    }

    // Whether a part of the filter is left open: then its condition is left out of the queries.

    public boolean anyJurisdiction() {
        return jurisdictionCodes.isEmpty();
    }

    public boolean anyPlatform() {
        return platformIds.isEmpty();
    }

    public boolean anyState() {
        return states.isEmpty();
    }
}
