package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

    // RFC 6238 appendix B: the seeds are the ASCII digits repeated to the hash's key length.
    private static final byte[] SEED_SHA1 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA256 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA512 =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "{1} at {0} s is {3}")
    @CsvSource({
            "59,          SHA1,   0000000000000001, 94287082",
            "59,          SHA256, 0000000000000001, 46119246",
            "59,          SHA512, 0000000000000001, 90693936",
            "1111111109,  SHA1,   00000000023523EC, 07081804",
            "1111111109,  SHA256, 00000000023523EC, 68084774",
            "1111111109,  SHA512, 00000000023523EC, 25091201",
            "1111111111,  SHA1,   00000000023523ED, 14050471",
            "1111111111,  SHA256, 00000000023523ED, 67062674",
            "1111111111,  SHA512, 00000000023523ED, 99943326",
            "1234567890,  SHA1,   000000000273EF07, 89005924",
            "1234567890,  SHA256, 000000000273EF07, 91819424",
            "1234567890,  SHA512, 000000000273EF07, 93441116",
            "2000000000,  SHA1,   0000000003F940AA, 69279037",
            "2000000000,  SHA256, 0000000003F940AA, 90698825",
            "2000000000,  SHA512, 0000000003F940AA, 38618901",
            "20000000000, SHA1,   0000000027BC86AA, 65353130",
            "20000000000, SHA256, 0000000027BC86AA, 77737706",
            "20000000000, SHA512, 0000000027BC86AA, 47863826",
    })
    void every_rfc_6238_test_vector_gives_its_code(long seconds, Totp.Algorithm algorithm, String stepInHex, String expected) {
        Totp totp = new Totp(algorithm, 8, Duration.ofSeconds(30), Instant.EPOCH);
        byte[] seed = switch (algorithm) {
            case SHA1 -> SEED_SHA1;
            case SHA256 -> SEED_SHA256;
            case SHA512 -> SEED_SHA512;
        };
        Instant time = Instant.ofEpochSecond(seconds);

        assertThat(totp.stepAt(time)).isEqualTo(Long.parseLong(stepInHex, 16));
        assertThat(totp.codeAt(seed, time)).isEqualTo(expected);
    }

    @Test
    void the_application_uses_six_digits_of_the_same_hotp_value_left_padded_with_zeros() {
        // 1111111109 s gives 07081804 with 8 digits; 6 digits keep the last six, leading zero included.
        assertThat(Totp.APP.codeAt(SEED_SHA1, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.APP.codeAt(SEED_SHA1, Instant.ofEpochSecond(59))).isEqualTo("287082");
    }

    @Test
    void a_code_of_the_step_before_or_after_is_accepted_but_not_two_steps_away() {
        Instant now = Instant.ofEpochSecond(1_700_000_015);
        long step = Totp.APP.stepAt(now);

        for (long offset = -1; offset <= 1; offset++) {
            String code = Totp.APP.code(SEED_SHA1, step + offset);
            assertThat(Totp.APP.matchingStep(SEED_SHA1, code, now, 1)).as("offset %d", offset).hasValue(step + offset);
        }
        assertThat(Totp.APP.matchingStep(SEED_SHA1, Totp.APP.code(SEED_SHA1, step - 2), now, 1)).isEmpty();
        assertThat(Totp.APP.matchingStep(SEED_SHA1, Totp.APP.code(SEED_SHA1, step + 2), now, 1)).isEmpty();
    }

    @Test
    void a_code_of_the_wrong_shape_matches_nothing() {
        Instant now = Instant.ofEpochSecond(1_700_000_015);
        String code = Totp.APP.codeAt(SEED_SHA1, now);

        assertThat(Totp.APP.matchingStep(SEED_SHA1, code + "0", now, 1)).isEmpty();
        assertThat(Totp.APP.matchingStep(SEED_SHA1, code.substring(1), now, 1)).isEmpty();
        assertThat(Totp.APP.matchingStep(SEED_SHA1, "abcdef", now, 1)).isEmpty();
        assertThat(Totp.APP.matchingStep(SEED_SHA1, "", now, 1)).isEmpty();
    }

    @Test
    void steps_count_from_t0() {
        Totp fromT0 = new Totp(Totp.Algorithm.SHA1, 6, Duration.ofSeconds(30), Instant.ofEpochSecond(60));
        assertThat(fromT0.stepAt(Instant.ofEpochSecond(89))).isZero();
        assertThat(fromT0.stepAt(Instant.ofEpochSecond(90))).isEqualTo(1);
        assertThat(fromT0.stepAt(Instant.ofEpochSecond(59))).isEqualTo(-1);
    }
}
