/** The timeline views: measures with their events, links and concerns, and the drawn timeline with its events grid. */
@NullMarked
package org.sovereigntywatch.timeline.ui;

import org.jspecify.annotations.NullMarked;
