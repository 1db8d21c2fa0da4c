package org.sovereigntywatch.concern;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FilterWords;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.base.TextRules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;

/**
 * What the concern register, its CSV and the reports are filtered by; every part is optional, an empty set meaning
 * "any". A jurisdiction matches either side of a concern: whose users' data is at stake, or whose law could reach
 * it. Start from {@link #ALL} and narrow it with the {@code with…} methods.
 *
 * @param text              words in the title, description or platform claim, ignoring case
 * @param overdueOnly       only concerns whose review date has passed and that are not closed
 * @param openOnly          only open concerns ({@link TreatmentStatus#isOpen()}, not archived)
 * @param changedFrom       only concerns last changed on or after this day
 * @param changedTo         only concerns last changed on or before this day
 */
public record ConcernFilter(String text, Set<Long> platformIds, Set<String> jurisdictionCodes,
                            @Nullable ConcernCategory category, @Nullable RiskLevel level,
                            Set<PublicationState> states, boolean overdueOnly, boolean openOnly,
                            @Nullable LocalDate changedFrom, @Nullable LocalDate changedTo) {

    public static final ConcernFilter ALL = new ConcernFilter("", Set.of(), Set.of(), null, null, Set.of(), false,
            false, null, null);

    public ConcernFilter {
        text = TextRules.forSearch(text);
        platformIds = Set.copyOf(platformIds);
        jurisdictionCodes = Set.copyOf(jurisdictionCodes);
        states = Set.copyOf(states);
    }

    public ConcernFilter withText(String words) {
        return new ConcernFilter(words, platformIds, jurisdictionCodes, category, level, states, overdueOnly,
                openOnly, changedFrom, changedTo);
    }

    public ConcernFilter withPlatforms(Set<Long> ids) {
        return new ConcernFilter(text, ids, jurisdictionCodes, category, level, states, overdueOnly, openOnly,
                changedFrom, changedTo);
    }

    public ConcernFilter withJurisdictions(Set<String> codes) {
        return new ConcernFilter(text, platformIds, codes, category, level, states, overdueOnly, openOnly,
                changedFrom, changedTo);
    }

    public ConcernFilter withCategory(@Nullable ConcernCategory value) {
        return new ConcernFilter(text, platformIds, jurisdictionCodes, value, level, states, overdueOnly, openOnly,
                changedFrom, changedTo);
    }

    public ConcernFilter withLevel(@Nullable RiskLevel value) {
        return new ConcernFilter(text, platformIds, jurisdictionCodes, category, value, states, overdueOnly, openOnly,
                changedFrom, changedTo);
    }

    public ConcernFilter withStates(Set<PublicationState> values) {
        return new ConcernFilter(text, platformIds, jurisdictionCodes, category, level, values, overdueOnly, openOnly,
                changedFrom, changedTo);
    }

    public ConcernFilter overdue(boolean only) {
        return new ConcernFilter(text, platformIds, jurisdictionCodes, category, level, states, only, openOnly,
                changedFrom, changedTo);
    }

    public ConcernFilter open(boolean only) {
        return new ConcernFilter(text, platformIds, jurisdictionCodes, category, level, states, overdueOnly, only,
                changedFrom, changedTo);
    }

    public ConcernFilter changedBetween(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new ConcernFilter(text, platformIds, jurisdictionCodes, category, level, states, overdueOnly,
                openOnly, from, to);
    }

    public boolean anyPlatform() {
        return platformIds.isEmpty();
    }

    public boolean anyJurisdiction() {
        return jurisdictionCodes.isEmpty();
    }

    public boolean anyState() {
        return states.isEmpty();
    }

    /** The filter in words, for the security log's note of an export; platforms by name. */
    public String inWords(Collection<String> platformNames) {
        return new FilterWords().text("text", text).each("jurisdiction", jurisdictionCodes)
                .each("platform", platformNames).one("category", category).one("level", level)
                .each("state", states).flag("review overdue", overdueOnly).flag("open only", openOnly)
                .range("changed", changedFrom, changedTo).toString();
    }

    /** The level's lowest score, for filtering in SQL. */
    public int minScore() {
        return level == null ? 0 : level.minScore();
    }

    /** The level's highest score, for filtering in SQL. */
    public int maxScore() {
        return level == null ? Integer.MAX_VALUE : level.maxScore();
    }

    /** The first instant of {@link #changedFrom()} (UTC), or the epoch. */
    public Instant changedSince() {
        return changedFrom == null ? Instant.EPOCH : changedFrom.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after {@link #changedTo()} (UTC), or far in the future. */
    public Instant changedBefore() {
        LocalDate dayAfter = changedTo == null ? LocalDate.of(9999, 1, 1) : changedTo.plusDays(1);
        return dayAfter.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
