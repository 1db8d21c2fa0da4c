/**
 * Sources: the citations that back concerns and policy events (publisher, title, web address, publication date,
 * language and the quote that matters). A source is a web address or, without one, a citation by its title and
 * publisher; {@link org.sovereigntywatch.source.SourceCell} is how either is written in one cell of a file and read
 * back. Only http and https addresses are accepted, so a source link can never run script in a reader's browser.
 */
@NullMarked
package org.sovereigntywatch.source;

import org.jspecify.annotations.NullMarked;
