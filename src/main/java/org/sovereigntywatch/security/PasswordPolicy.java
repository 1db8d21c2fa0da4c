package org.sovereigntywatch.security;

import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What makes a password acceptable. Length is what matters; no composition rules. The upper bound comes from bcrypt,
 * which only reads the first 72 bytes: a longer password would be silently cut, so it is refused instead.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Why this password is not acceptable, or empty if it is. */
    public static Optional<String> problemWith(@Nullable String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("A password has at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("A password has at most " + MAX_BYTES + " bytes (72 plain letters, fewer accented or non-Latin ones)");
        }
        if (password.isBlank()) {
            return Optional.of("A password cannot be only spaces");
        }
        return Optional.empty();
    }
}
