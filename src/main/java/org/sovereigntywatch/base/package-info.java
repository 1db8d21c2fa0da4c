/**
 * Plumbing every feature shares, knowing none of them: the audited base entity with optimistic locking, the rules
 * every stored text and date keeps ({@link org.sovereigntywatch.base.PlainText},
 * {@link org.sovereigntywatch.base.MultiLineText}, {@link org.sovereigntywatch.base.PlausibleDate}), the
 * exceptions services use to report bad input and conflicting edits, query building, CSV writing (with commas or
 * semicolons, {@link org.sovereigntywatch.base.CsvSeparator}), and the marker of what a feature offers the others
 * ({@link org.sovereigntywatch.base.FeatureApi}).
 */
@NullMarked
package org.sovereigntywatch.base;

import org.jspecify.annotations.NullMarked;

