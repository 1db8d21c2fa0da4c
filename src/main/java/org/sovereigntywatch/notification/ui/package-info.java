/**
 * The notifications' pages: the bell in the header with the unread count, kept up to date by push; the notifications
 * page; the watch star on concern and measure pages; the watchlist page.
 */
@NullMarked
package org.sovereigntywatch.notification.ui;

import org.jspecify.annotations.NullMarked;
