package org.sovereigntywatch.security;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

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

    /** zxcvbn's warnings, by its message key, as our texts: the app's own words in every language it is written in. */
    private static final Map<String, String> WARNINGS = Map.ofEntries(
            Map.entry(Feedback.DICTIONARY_WARNING_PASSWORDS_TOP10, "security.password.warning.top10"),
            Map.entry(Feedback.DICTIONARY_WARNING_PASSWORDS_TOP100, "security.password.warning.top100"),
            Map.entry(Feedback.DICTIONARY_WARNING_PASSWORDS_VERY_COMMON, "security.password.warning.very-common"),
            Map.entry(Feedback.DICTIONARY_WARNING_PASSWORDS_SIMILAR, "security.password.warning.similar"),
            Map.entry(Feedback.DICTIONARY_WARNING_ENGLISH_WIKIPEDIA_ITSELF, "security.password.warning.single-word"),
            Map.entry(Feedback.DICTIONARY_WARNING_ETC_NAMES_THEMSELVES, "security.password.warning.names"),
            Map.entry(Feedback.DICTIONARY_WARNING_ETC_NAMES_COMMON, "security.password.warning.common-names"),
            Map.entry(Feedback.SPATIAL_WARNING_STRAIGHT_ROWS_OF_KEYS, "security.password.warning.key-rows"),
            Map.entry(Feedback.SPATIAL_WARNING_SHORT_KEYBOARD_PATTERNS, "security.password.warning.keyboard-patterns"),
            Map.entry(Feedback.REPEAT_WARNING_LIKE_AAA, "security.password.warning.repeats"),
            Map.entry(Feedback.REPEAT_WARNING_LIKE_ABCABCABC, "security.password.warning.repeated-groups"),
            Map.entry(Feedback.SEQUENCE_WARNING_LIKE_ABCOR6543, "security.password.warning.sequences"),
            Map.entry(Feedback.REGEX_WARNING_RECENT_YEARS, "security.password.warning.recent-years"),
            Map.entry(Feedback.DATE_WARNING_DATES, "security.password.warning.dates"));

    /** Gives zxcvbn's message keys back as they are, so that its warning is known by key rather than in its English. */
    private static final ResourceBundle KEYS = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    };

    private PasswordPolicy() {
    }

    /**
     * Why this password is not acceptable, or empty if it is.
     *
     * @param personalWords the user's username and display name, which a password may not be built on
     */
    public static Optional<Text> problemWith(@Nullable String password, String... personalWords) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(new Text("security.password.too-short", MIN_LENGTH));
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of(new Text("security.password.too-long", MAX_LENGTH));
        }
        if (password.isBlank()) {
            return Optional.of(new Text("security.password.blank"));
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(new Text("security.password.control-characters"));
        }
        String lowerCase = password.toLowerCase(Locale.ROOT);
        if (Arrays.stream(personalWords).map(word -> word.strip().toLowerCase(Locale.ROOT))
                .anyMatch(word -> word.length() >= 3 && lowerCase.contains(word))) {
            return Optional.of(new Text("security.password.personal"));
        }
        return guessability(password, personalWords);
    }

    private static Optional<Text> guessability(String password, String... personalWords) {
        List<String> known = new ArrayList<>(APPLICATION_WORDS);
        known.addAll(Arrays.asList(personalWords));
        // A new estimator per call: its dictionaries are loaded once and shared; the instance itself is cheap.
        Strength strength = new Zxcvbn().measure(password, known);
        if (strength.getScore() >= MIN_SCORE) {
            return Optional.empty();
        }
        String warning = strength.getFeedback().withResourceBundle(KEYS).getWarning();
        return Optional.of(Optional.ofNullable(WARNINGS.get(warning))
                .map(key -> new Text("security.password.guessable.because", new Text(key)))
                .orElseGet(() -> new Text("security.password.guessable")));
    }
}
