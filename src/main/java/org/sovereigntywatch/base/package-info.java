/**
 * What every feature shares: the audited base entity with optimistic locking, the publication workflow states, and
 * the exceptions services use to report bad input and conflicting edits.
 */
@NullMarked
package org.sovereigntywatch.base;

import org.jspecify.annotations.NullMarked;
