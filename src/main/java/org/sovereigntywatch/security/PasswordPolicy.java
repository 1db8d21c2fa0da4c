package org.sovereigntywatch.security;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes a password acceptable, after NIST SP 800-63B and OWASP ASVS 5.0 V6: length and guessability matter, not
 * composition rules, and nothing expires. Guessability is zxcvbn's estimate, which knows common and breached-style
 * passwords, names, dates, keyboard walks and substitutions; the user's own username and name count as known words.
 * Passwords are hashed with PBKDF2 (see {@code SecurityConfig}), which has no length limit, unlike bcrypt's 72 bytes.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's scale: 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
    static final int MIN_SCORE = 3;

    /** Words every user of this application might think of. */
    private static final List<String> APPLICATION_WORDS = List.of("sovereignty", "watch", "sovereigntywatch");

    private PasswordPolicy() {
    }

    /**
     * Why this password is not acceptable, or empty if it is.
     *
     * @param personalWords the user's username and display name, which a password may not be built on
     */
    public static Optional<String> problemWith(@Nullable String password, String... personalWords) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("A password has at least " + MIN_LENGTH + " characters");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("A password has at most " + MAX_LENGTH + " characters");
        }
        if (password.isBlank()) {
            return Optional.of("A password cannot be only spaces");
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("A password cannot contain control characters");
        }
        String lowerCase = password.toLowerCase(Locale.ROOT);
        if (Arrays.stream(personalWords).map(word -> word.strip().toLowerCase(Locale.ROOT))
                .anyMatch(word -> word.length() >= 3 && lowerCase.contains(word))) {
            return Optional.of("A password cannot contain your username or name");
        }
        return guessability(password, personalWords);
    }

    private static Optional<String> guessability(String password, String... personalWords) {
        List<String> known = new ArrayList<>(APPLICATION_WORDS);
        known.addAll(Arrays.asList(personalWords));
        // A new estimator per call: its dictionaries are loaded once and shared; the instance itself is cheap.
        Strength strength = new Zxcvbn().measure(password, known);
        if (strength.getScore() >= MIN_SCORE) {
            return Optional.empty();
        }
        String warning = strength.getFeedback().getWarning();
        return Optional.of("This password is too easy to guess" + (warning == null || warning.isBlank() ? "" : ": " + warning)
                + " Add more words or characters that do not belong together.");
    }
}
