/** Choosing the sources an item cites, and recording a new one on the way. */
@NullMarked
package org.sovereigntywatch.source.ui;

import org.jspecify.annotations.NullMarked;
