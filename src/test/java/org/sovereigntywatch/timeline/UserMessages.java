package org.sovereigntywatch.timeline;

import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.base.UserMessage;

import java.util.Locale;

/**
 * What a refusal tells a British user: its text put into words, for a refusal (or a reason) that carries one of the
 * bundle's keys; otherwise its message as it stands, for the checks of other features that still write their sentence
 * themselves.
 */
final class UserMessages {

    private UserMessages() {
    }

    /** @param said a refusal, a {@link Text} or a sentence */
    static String inEnglish(Object said) {
        return switch (said) {
            case UserMessage message -> inEnglish(message.text());
            case Text text when Texts.bundle(Locale.UK).containsKey(text.key()) -> Texts.format(Locale.UK, text);
            case Throwable refusal -> String.valueOf(refusal.getMessage());
            default -> String.valueOf(said);
        };
    }
}
