/**
 * Notifications and watchlists: who hears of what. Listening to what the other features publish (an item moved or
 * commented on, a policy event recorded, a concern to re-assess, a review or an event coming due), it writes one
 * notification per recipient in one set-based statement; each user reads their own, with the items as they may see
 * them when reading; users watch jurisdictions, platforms, measures and concerns. Where SMTP is set up, each user
 * also has chosen notifications mailed, at once or in a daily digest, written as the recipient sees the item at
 * sending time. {@code ui}: the bell in the header, the notifications page and its e-mail settings, the watch star and
 * the watchlist page.
 */
@NullMarked
package org.sovereigntywatch.notification;

import org.jspecify.annotations.NullMarked;
