package org.sovereigntywatch.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a personal access token: {@code swt_} and 43 URL-safe characters, 256 random bits. The prefix lets
 * secret scanners and people recognise one. It is stored only as its SHA-256 hash: with 256 random bits there is no
 * dictionary to try, so a slow password hash would buy nothing, and a fast one lets each request find its token with
 * one indexed look-up.
 */
record ApiTokenSecret(String value) {

    static final String PREFIX = "swt_";
    private static final int BYTES = 32;
    private static final int LENGTH = PREFIX.length() + 43;

    static ApiTokenSecret generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new ApiTokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether a presented value has the shape of a token, before any look-up. */
    static boolean looksLikeOne(String presented) {
        return presented.length() == LENGTH && presented.startsWith(PREFIX)
                && presented.chars().skip(PREFIX.length()).allMatch(ApiTokenSecret::isUrlSafe);
    }

    String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    /** The last four characters, which the token list shows so that its owner can tell which is which. */
    String lastChars() {
        return value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return PREFIX + "…" + lastChars();
    }

    private static boolean isUrlSafe(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }
}
