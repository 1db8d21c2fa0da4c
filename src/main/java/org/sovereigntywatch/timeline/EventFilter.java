package org.sovereigntywatch.timeline;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FilterWords;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.base.TextRules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * What the timeline, the events grid, the events CSV and the reports are filtered by; every part is optional, an
 * empty set meaning "any". Start from {@link #ALL} and narrow it with the {@code with…} methods.
 *
 * @param jurisdictionCodes the measures' jurisdictions
 * @param platformIds       platforms the measures affect
 * @param from              events whose period ends on or after this day
 * @param to                events whose period starts on or before this day
 * @param expected          true for the steps still expected (not those that did not happen), false for those that
 *                          happened, null for every step
 * @param measureStates     the publication states of the measures
 */
public record EventFilter(String text, Set<String> jurisdictionCodes, Set<Long> platformIds, @Nullable LocalDate from,
                          @Nullable LocalDate to, @Nullable EventAction action, @Nullable Boolean expected,
                          Set<PublicationState> measureStates) {

    public static final EventFilter ALL = new EventFilter("", Set.of(), Set.of(), null, null, null, null, Set.of());

    public EventFilter {
        text = TextRules.forSearch(text);
        jurisdictionCodes = Set.copyOf(jurisdictionCodes);
        platformIds = Set.copyOf(platformIds);
        measureStates = Set.copyOf(measureStates);
    }

    public EventFilter withText(String words) {
        return new EventFilter(words, jurisdictionCodes, platformIds, from, to, action, expected, measureStates);
    }

    public EventFilter withJurisdictions(Set<String> codes) {
        return new EventFilter(text, codes, platformIds, from, to, action, expected, measureStates);
    }

    public EventFilter withPlatforms(Set<Long> ids) {
        return new EventFilter(text, jurisdictionCodes, ids, from, to, action, expected, measureStates);
    }

    public EventFilter between(@Nullable LocalDate first, @Nullable LocalDate last) {
        return new EventFilter(text, jurisdictionCodes, platformIds, first, last, action, expected, measureStates);
    }

    public EventFilter withAction(@Nullable EventAction value) {
        return new EventFilter(text, jurisdictionCodes, platformIds, from, to, value, expected, measureStates);
    }

    /** True for the steps still expected (not those that did not happen), false for those that happened, null for all. */
    public EventFilter withExpected(@Nullable Boolean value) {
        return new EventFilter(text, jurisdictionCodes, platformIds, from, to, action, value, measureStates);
    }

    public EventFilter withMeasureStates(Set<PublicationState> states) {
        return new EventFilter(text, jurisdictionCodes, platformIds, from, to, action, expected, states);
    }

    /** The steps still expected whose period falls, at least partly, within these days. */
    public EventFilter expectedBetween(LocalDate first, LocalDate last) {
        return between(first, last).withExpected(true);
    }

    /** The filter in words, for the security log's note of an export; platforms by name. */
    public String inWords(Collection<String> platformNames) {
        return new FilterWords().text("text", text).each("jurisdiction", jurisdictionCodes)
                .each("platform", platformNames).range("dates", from, to).one("action", action)
                .flag("expected steps only", Boolean.TRUE.equals(expected))
                .flag("steps that happened only", Boolean.FALSE.equals(expected))
                .each("measure state", measureStates).toString();
    }

    public boolean anyJurisdiction() {
        return jurisdictionCodes.isEmpty();
    }

    public boolean anyPlatform() {
        return platformIds.isEmpty();
    }

    public boolean anyMeasureState() {
        return measureStates.isEmpty();
    }
}
