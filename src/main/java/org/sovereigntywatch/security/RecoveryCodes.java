package org.sovereigntywatch.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Single-use recovery codes: what a user types instead of a one-time code when their authenticator is lost.
 * <p>
 * Each code is 16 characters from a 32-letter alphabet without look-alikes (no i, l, o, u), so 80 random bits, shown
 * in four groups of four. They are stored only as SHA-256 hashes, and a fast hash is enough here, unlike for
 * passwords: with 80 random bits there is no dictionary to try, and guessing one code from a stolen hash takes about
 * 2^80 hash computations, beyond any attacker, so bcrypt's slowness would buy nothing. A fast hash also lets sign-in
 * find the code with one indexed look-up instead of ten bcrypt checks (about a second) per attempt. The user's id is
 * hashed with the code, so equal hashes never tie two users' codes together.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final int LENGTH = 16;
    private static final int GROUP = 4;
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

    private RecoveryCodes() {
    }

    /** {@link #COUNT} new codes, formatted for reading: {@code k7m2-9xqa-…}. */
    static List<String> generate(SecureRandom random) {
        return IntStream.range(0, COUNT).mapToObj(i -> format(random)).toList();
    }

    private static String format(SecureRandom random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, without spaces and hyphens, in lower case. */
    static String normalize(String typed) {
        return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /** Whether {@code typed} has the shape of a recovery code (rather than of a one-time code). */
    static boolean looksLikeOne(String typed) {
        return normalize(typed).length() == LENGTH;
    }

    /** The stored form of a user's code (typed or generated): SHA-256 over the user id and the normalized code. */
    static String hash(long userId, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((userId + ":" + normalize(code)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missingFromTheJdk) {
            throw new IllegalStateException(missingFromTheJdk);
        }
    }
}
