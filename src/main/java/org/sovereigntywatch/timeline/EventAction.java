package org.sovereigntywatch.timeline;

import java.util.Arrays;
import java.util.List;

/**
 * What happened, or is expected to happen, at one step of a measure. Each action belongs to a family that the
 * timeline colours alike: steps that bring a measure about, court steps, steps that hold or end it, and the rest.
 */
public enum EventAction {
    ANNOUNCED(Family.ENACTING), INTRODUCED(Family.ENACTING), ADOPTED(Family.ENACTING), SIGNED(Family.ENACTING),
    IN_FORCE(Family.IN_FORCE),
    HEARING(Family.COURT), RULING(Family.COURT), INJUNCTION(Family.HALTING), APPEAL(Family.COURT),
    POSTPONED(Family.HALTING), SUSPENDED(Family.HALTING), LIFTED(Family.ENDING), REPEALED(Family.ENDING),
    DEADLINE(Family.DEADLINE), INVESTIGATION(Family.OTHER),
    /** Something the market did in response, such as an app topping the store charts. */
    MARKET_EVENT(Family.OTHER);

    /** Families of actions, one colour each on the timeline. */
    public enum Family {
        ENACTING, IN_FORCE, COURT, HALTING, ENDING, DEADLINE, OTHER;

        /** The actions of this family, in their order. */
        public List<EventAction> actions() {
            return Arrays.stream(EventAction.values()).filter(action -> action.family() == this).toList();
        }
    }

    private final Family family;

    EventAction(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }
}
