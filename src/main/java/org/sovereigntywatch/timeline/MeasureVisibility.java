package org.sovereigntywatch.timeline;

import org.sovereigntywatch.base.QueryBuilder;
import org.sovereigntywatch.editorial.EditorialPolicy.Visibility;

/** The visibility of measures (and, through them, of their events) as query conditions. */
final class MeasureVisibility {

    private MeasureVisibility() {
    }

    /** Published measures for everyone; every state for analysts and up, within their jurisdictions. */
    static void visible(QueryBuilder query, Visibility visibility) {
        if (!visibility.drafts()) {
            query.where("m.state = org.sovereigntywatch.editorial.PublicationState.PUBLISHED");
        } else if (!visibility.everywhere()) {
            query.where("(m.state = org.sovereigntywatch.editorial.PublicationState.PUBLISHED or j.code in :scope)",
                    "scope", visibility.jurisdictionCodes());
        }
    }
}
