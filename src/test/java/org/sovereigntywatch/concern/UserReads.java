package org.sovereigntywatch.concern;

import org.assertj.core.api.ThrowingConsumer;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.base.UserMessage;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user reads of a refusal, in a given language: the text it carries ({@link UserMessage}) put into words, or,
 * for an exception without one, its message. Tests assert what users read rather than how a service spells a key.
 */
public final class UserReads {

    private UserReads() {
    }

    /** The refusal as a British reader reads it. */
    public static String english(Throwable refusal) {
        return in(Locale.UK, refusal);
    }

    /** The refusal as a French reader reads it. */
    public static String french(Throwable refusal) {
        return in(Locale.FRANCE, refusal);
    }

    /** Asserts that a British reader reads exactly {@code text}. */
    public static ThrowingConsumer<Throwable> inEnglish(String text) {
        return refusal -> assertThat(english(refusal)).isEqualTo(text);
    }

    private static String in(Locale locale, Throwable refusal) {
        return refusal instanceof UserMessage said ? Texts.format(locale, said.text()) : refusal.getMessage();
    }
}
