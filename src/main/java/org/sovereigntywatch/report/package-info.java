/**
 * CSV reports: the concern register, the policy events, and one-row-per-jurisdiction and one-row-per-platform
 * summaries, all under one filter (jurisdictions, platforms, dates, states) and all written through the shared
 * {@link org.sovereigntywatch.base.CsvTable}. Registers stream from the database; summaries are built from
 * {@code GROUP BY} aggregates.
 */
@NullMarked
package org.sovereigntywatch.report;

import org.jspecify.annotations.NullMarked;
