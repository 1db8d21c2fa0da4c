/**
 * How history reads on screen: the list of an item's changes, newest first, with each field before and after and
 * running texts as word diffs; the section an item page shows it in and the dialog other pages open it in.
 */
@NullMarked
package org.sovereigntywatch.history.ui;

import org.jspecify.annotations.NullMarked;
