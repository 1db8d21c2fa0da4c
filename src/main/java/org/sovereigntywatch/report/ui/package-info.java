/** The reports view: pick a report and its filters, see the row count, download the CSV. */
@NullMarked
package org.sovereigntywatch.report.ui;

import org.jspecify.annotations.NullMarked;
