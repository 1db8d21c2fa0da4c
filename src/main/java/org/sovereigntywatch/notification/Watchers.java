package org.sovereigntywatch.notification;

import org.sovereigntywatch.editorial.ItemSubjects;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who watches an item, as a condition on {@code app_user u} with its parameters: those who watch the item itself,
 * one of its jurisdictions (or the country one of them is a subdivision of) or one of its platforms.
 */
record Watchers(String condition, Map<String, Object> parameters) {

    static Watchers of(WatchTarget itemTarget, long itemId, ItemSubjects subjects) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("watchedItemType", itemTarget.name());
        parameters.put("watchedItem", itemId);
        parameters.put("watchedJurisdictions", inList(subjects.jurisdictionIds()));
        parameters.put("watchedPlatforms", inList(subjects.platformIds()));
        return new Watchers("""
                u.enabled = TRUE and exists (select 1 from watch w where w.user_id = u.id and (
                    (w.target_type = :watchedItemType and w.target_id = :watchedItem)
                    or (w.target_type = 'JURISDICTION' and (w.target_id in (:watchedJurisdictions)
                        or w.target_id in (select j.parent_id from jurisdiction j where j.id in (:watchedJurisdictions))))
                    or (w.target_type = 'PLATFORM' and w.target_id in (:watchedPlatforms))))""", parameters);
    }

    /** Ids for an {@code in} list, never empty (an empty list is not valid SQL): no row has id 0. */
    private static Collection<Long> inList(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(0L) : ids;
    }
}
