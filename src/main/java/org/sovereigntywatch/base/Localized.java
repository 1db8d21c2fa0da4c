package org.sovereigntywatch.base;

import java.util.Locale;

/**
 * A value whose written form depends on the reader's locale, such as a date known to the month ("January 2021",
 * « janvier 2021 »). Passed as an argument of a {@link Text}, it is written in the reader's locale.
 */
public interface Localized {

    String format(Locale locale);
}
