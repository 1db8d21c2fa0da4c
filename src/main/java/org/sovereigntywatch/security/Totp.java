package org.sovereigntywatch.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords as RFC 6238 defines them: HOTP (RFC 4226) over the number of time steps since
 * {@code T0}. {@link #APP} holds what the application uses, which is what every common authenticator app reads from an
 * {@code otpauth://} address: HMAC-SHA1, 6 digits, 30-second steps from the Unix epoch.
 * <p>
 * This class only computes and compares codes; refusing a step that was already used is the caller's job, since only
 * the caller knows each user's last used step.
 *
 * @param algorithm the HMAC
 * @param digits    how many digits a code has (6 to 8)
 * @param step      the time step, {@code X} in the RFC
 * @param t0        when step 0 starts, {@code T0} in the RFC
 */
public record Totp(Algorithm algorithm, int digits, Duration step, Instant t0) {

    /** The codes of this application. */
    public static final Totp APP = new Totp(Algorithm.SHA1, 6, Duration.ofSeconds(30), Instant.EPOCH);

    /** The HMACs RFC 6238 allows. */
    public enum Algorithm {
        SHA1("HmacSHA1"), SHA256("HmacSHA256"), SHA512("HmacSHA512");

        private final String macName;

        Algorithm(String macName) {
            this.macName = macName;
        }
    }

    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    public Totp {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("RFC 4226 codes have 6 to 8 digits, not " + digits);
        }
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("The time step must be positive");
        }
    }

    /** The time step that {@code time} falls in: {@code floor((time - T0) / X)}. */
    public long stepAt(Instant time) {
        return Math.floorDiv(Duration.between(t0, time).toMillis(), step.toMillis());
    }

    /** The code for {@code time}. */
    public String codeAt(byte[] key, Instant time) {
        return code(key, stepAt(time));
    }

    /** The code for this time step: HOTP with the step as the counter. */
    public String code(byte[] key, long counter) {
        byte[] hash = hmac(key, ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
        // RFC 4226 section 5.3, dynamic truncation: 31 bits read from the offset the last nibble gives.
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16
                | (hash[offset + 2] & 0xff) << 8 | hash[offset + 3] & 0xff;
        long otp = binary % POWERS_OF_TEN[digits];
        String text = Long.toString(otp);
        return "0".repeat(digits - text.length()) + text;
    }

    /**
     * The time step whose code {@code code} is, among the step of {@code time} and {@code window} steps either side
     * (clocks drift, and people type while the code changes). Every candidate is computed and compared in constant
     * time, so how long this takes says nothing about which step, or how much of the code, was right.
     *
     * @return the matching step, or empty if none matches or {@code code} is not {@code digits} digits
     */
    public OptionalLong matchingStep(byte[] key, String code, Instant time, int window) {
        if (code.length() != digits || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        long now = stepAt(time);
        long found = -1;
        boolean matched = false;
        for (long candidate = now - window; candidate <= now + window; candidate++) {
            boolean equal = MessageDigest.isEqual(code(key, candidate).getBytes(StandardCharsets.US_ASCII), given);
            if (equal && !matched) {
                found = candidate;
                matched = true;
            }
        }
        return matched ? OptionalLong.of(found) : OptionalLong.empty();
    }

    private byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm.macName);
            mac.init(new SecretKeySpec(key, "RAW"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException("The JDK lacks " + algorithm.macName, missingFromTheJdk);
        }
    }
}
