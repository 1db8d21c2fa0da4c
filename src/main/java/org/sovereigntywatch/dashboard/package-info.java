/**
 * The landing page: what exists, what changed, what is due and where the risk is. Figures come from aggregates
 * computed by the database, never from lists loaded into memory.
 */
@NullMarked
package org.sovereigntywatch.dashboard;

import org.jspecify.annotations.NullMarked;
