/** The dashboard view. */
@NullMarked
package org.sovereigntywatch.dashboard.ui;

import org.jspecify.annotations.NullMarked;
