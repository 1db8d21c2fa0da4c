/** The concern register's views: the filtered, lazy register with its CSV download, and one concern's page. */
@NullMarked
package org.sovereigntywatch.concern.ui;

import org.jspecify.annotations.NullMarked;
