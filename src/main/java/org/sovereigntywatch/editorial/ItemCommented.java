package org.sovereigntywatch.editorial;

import java.util.Set;

/**
 * Someone wrote in an item's review discussion. Published by {@link PublishableService#comment} inside its
 * transaction.
 *
 * @param participants the usernames of who takes part in the discussion, the writer among them: who answers for the
 *                     item and who wrote in its review log before
 */
public record ItemCommented(String kind, long id, String scope, PublicationState state, String actor, String text,
                            Set<String> participants) {

    public ItemCommented {
        participants = Set.copyOf(participants);
    }
}
