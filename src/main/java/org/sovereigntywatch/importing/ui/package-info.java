/**
 * The Import page: choose a kind, upload a file, check and change how its columns map, see the dry run's counts and
 * every problem, then import; the work runs off the UI's lock with a progress bar and can be cancelled. Also the
 * line on a concern's and a measure's page saying which import brought it.
 */
@NullMarked
package org.sovereigntywatch.importing.ui;

import org.jspecify.annotations.NullMarked;
