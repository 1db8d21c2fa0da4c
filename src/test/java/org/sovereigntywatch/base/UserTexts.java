package org.sovereigntywatch.base;

import org.assertj.core.api.ThrowingConsumer;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts of services' exceptions and results as a user would read them, for tests that check the words rather
 * than the keys: in British English (the base of the bundle) or in French.
 */
public final class UserTexts {

    private UserTexts() {
    }

    public static String english(Text text) {
        return Texts.format(Locale.UK, text);
    }

    public static String french(Text text) {
        return Texts.format(Locale.FRANCE, text);
    }

    /** The message of an exception meant for the user ({@link UserMessage}), in British English. */
    public static String englishMessage(Throwable failure) {
        return english(textOf(failure));
    }

    /** The message of an exception meant for the user ({@link UserMessage}), in French. */
    public static String frenchMessage(Throwable failure) {
        return french(textOf(failure));
    }

    /** Asserts that a British reader reads exactly {@code text} in the exception. */
    public static ThrowingConsumer<Throwable> readsInEnglish(String text) {
        return failure -> assertThat(englishMessage(failure)).isEqualTo(text);
    }

    private static Text textOf(Throwable failure) {
        assertThat(failure).as("an exception with a message for the user").isInstanceOf(UserMessage.class);
        return ((UserMessage) failure).text();
    }
}
