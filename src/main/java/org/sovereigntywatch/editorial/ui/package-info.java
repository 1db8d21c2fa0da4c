/** The item page every publishable kind shares: its editor shape, the review panel and the state badge. */
@NullMarked
package org.sovereigntywatch.editorial.ui;

import org.jspecify.annotations.NullMarked;

