package org.sovereigntywatch.editorial;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.TextRules;

import java.time.Instant;
import java.util.Set;

/**
 * The parts every register of publishable items is filtered by: words, jurisdictions, platforms and publication
 * states, each optional, an empty one meaning "any". The filters of the concerns, measures and events registers each
 * hold one beside parts of their own, and take their {@code with…} methods and accessors for these parts from
 * {@link Narrowing}. What a part matches is each register's query's to say: a concern's jurisdiction is either side of
 * it, an event's words are in its summary or its measure's title, an event's states are its measure's.
 *
 * @param text              words to look for, ignoring case ({@link TextRules#forSearch})
 * @param jurisdictionCodes jurisdictions, by code
 * @param platformIds       platforms, by id
 * @param states            publication states
 * @param asOf              the register as it stood at this moment: the items then, with their values and states
 *                          then (which decide who sees them); null for now
 */
public record CommonFilter(String text, Set<String> jurisdictionCodes, Set<Long> platformIds,
                           Set<PublicationState> states, @Nullable Instant asOf) {

    public static final CommonFilter ANY = new CommonFilter("", Set.of(), Set.of(), Set.of());

    public CommonFilter {
        text = TextRules.forSearch(text);
        jurisdictionCodes = Set.copyOf(jurisdictionCodes);
        platformIds = Set.copyOf(platformIds);
        states = Set.copyOf(states);
    }

    /** The parts as of now. */
    public CommonFilter(String text, Set<String> jurisdictionCodes, Set<Long> platformIds,
                        Set<PublicationState> states) {
        this(text, jurisdictionCodes, platformIds, states, null);
    }

    public CommonFilter withText(String words) {
        return new CommonFilter(words, jurisdictionCodes, platformIds, states, asOf);
    }

    public CommonFilter withJurisdictions(Set<String> codes) {
        return new CommonFilter(text, codes, platformIds, states, asOf);
    }

    public CommonFilter withPlatforms(Set<Long> ids) {
        return new CommonFilter(text, jurisdictionCodes, ids, states, asOf);
    }

    public CommonFilter withStates(Set<PublicationState> values) {
        return new CommonFilter(text, jurisdictionCodes, platformIds, values, asOf);
    }

    public CommonFilter withAsOf(@Nullable Instant moment) {
        return new CommonFilter(text, jurisdictionCodes, platformIds, states, moment);
    }

    // Whether a part is left open: then the queries leave its condition out.

    public boolean anyJurisdiction() {
        return jurisdictionCodes.isEmpty();
    }

    public boolean anyPlatform() {
        return platformIds.isEmpty();
    }

    public boolean anyState() {
        return states.isEmpty();
    }

    /**
     * A register's filter made of a {@link CommonFilter} and parts of its own. It writes {@link #withCommon} and gets
     * the common parts' {@code with…} methods, accessors and {@code any…} tests from here, so that each is written
     * once for every register.
     *
     * @param <F> the filter itself, which the {@code with…} methods return
     */
    @FeatureApi
    public interface Narrowing<F> {

        CommonFilter common();

        /** This filter with other common parts, its own parts as they are. */
        F withCommon(CommonFilter common);

        default F withText(String words) {
            return withCommon(common().withText(words));
        }

        default F withJurisdictions(Set<String> codes) {
            return withCommon(common().withJurisdictions(codes));
        }

        default F withPlatforms(Set<Long> ids) {
            return withCommon(common().withPlatforms(ids));
        }

        default F withStates(Set<PublicationState> values) {
            return withCommon(common().withStates(values));
        }

        /** The register as it stood at {@code moment}; null for now. */
        default F asOf(@Nullable Instant moment) {
            return withCommon(common().withAsOf(moment));
        }

        /** The moment the register is read as of; null for now. */
        default @Nullable Instant asOf() {
            return common().asOf();
        }

        default String text() {
            return common().text();
        }

        default Set<String> jurisdictionCodes() {
            return common().jurisdictionCodes();
        }

        default Set<Long> platformIds() {
            return common().platformIds();
        }

        default Set<PublicationState> states() {
            return common().states();
        }

        default boolean anyJurisdiction() {
            return common().anyJurisdiction();
        }

        default boolean anyPlatform() {
            return common().anyPlatform();
        }

        default boolean anyState() {
            return common().anyState();
        }
    }
}
