package org.sovereigntywatch.editorial;

import org.jspecify.annotations.Nullable;

import java.util.Set;

/**
 * An item moved through the workflow: submitted, returned to draft, published, archived. Published by
 * {@link PublishableService#move} inside the move's transaction, so what listeners write stands or falls with it.
 *
 * @param kind        the kind's name ("concern")
 * @param scope       the code of the jurisdiction that decides who may see and edit the item
 * @param actor       the username of who moved it
 * @param responsible the usernames of who answers for it: who recorded it and its owner
 */
public record ItemMoved(String kind, long id, String scope, PublicationState from, PublicationState to,
                        @Nullable String comment, String actor, Set<String> responsible, ItemSubjects subjects) {

    public ItemMoved {
        responsible = Set.copyOf(responsible);
    }
}
