/**
 * Choosing the sources an item cites, recording a new one on the way, and showing a source: a link to its address, or
 * its citation as plain text.
 */
@NullMarked
package org.sovereigntywatch.source.ui;

import org.jspecify.annotations.NullMarked;
