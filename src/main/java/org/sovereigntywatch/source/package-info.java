/**
 * Sources: the citations that back concerns and policy events (publisher, title, web address, publication date,
 * language and the quote that matters). Only http and https addresses are accepted, so a source link can never run
 * script in a reader's browser.
 */
@NullMarked
package org.sovereigntywatch.source;

import org.jspecify.annotations.NullMarked;
