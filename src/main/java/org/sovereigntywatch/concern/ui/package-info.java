/**
 * The concern register's views: the filtered, lazy register with its CSV download, and one concern's page. Offered to
 * other features' views: links into the register ({@link org.sovereigntywatch.concern.ui.ConcernsLink}), the level
 * badge ({@link org.sovereigntywatch.concern.ui.LevelBadge}), and the sections they may add to a concern's page
 * ({@link org.sovereigntywatch.concern.ui.ConcernSection}).
 */
@NullMarked
package org.sovereigntywatch.concern.ui;

import org.jspecify.annotations.NullMarked;
