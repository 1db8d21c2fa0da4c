/**
 * What every feature shares: the audited base entity with optimistic locking, the publication workflow states, the
 * rules every stored text and date keeps ({@link org.sovereigntywatch.base.PlainText},
 * {@link org.sovereigntywatch.base.MultiLineText}, {@link org.sovereigntywatch.base.PlausibleDate}), and the
 * exceptions services use to report bad input and conflicting edits.
 */
@NullMarked
package org.sovereigntywatch.base;

import org.jspecify.annotations.NullMarked;
