/**
 * The field-level history of the record: every committed change to an audited item (concerns, measures and their
 * events and links, sources, platforms, jurisdictions, users) is kept by Hibernate Envers as a {@link
 * org.sovereigntywatch.history.Revision revision} (who, when) with the item's values after it, so that each feature can
 * show what changed, field by field, and what an item held at any past revision.
 */
@NullMarked
package org.sovereigntywatch.history;

import org.jspecify.annotations.NullMarked;
