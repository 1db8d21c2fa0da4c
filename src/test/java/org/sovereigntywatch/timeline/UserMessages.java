package org.sovereigntywatch.timeline;

import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.base.UserMessage;

import java.util.Locale;

/**
 * What a refusal tells a British user: its text put into words, for a refusal that carries one of the bundle's keys;
 * otherwise its message, for the checks of other features that still write their sentence themselves.
 */
final class UserMessages {

    private UserMessages() {
    }

    static String inEnglish(Throwable refusal) {
        return refusal instanceof UserMessage message && Texts.bundle(Locale.UK).containsKey(message.text().key())
                ? Texts.format(Locale.UK, message.text()) : String.valueOf(refusal.getMessage());
    }
}
