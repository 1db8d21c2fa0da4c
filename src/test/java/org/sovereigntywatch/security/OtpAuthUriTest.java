package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class OtpAuthUriTest {

    @Test
    void base_32_follows_rfc_4648_and_reads_back_what_people_type() {
        // RFC 4648 section 10, without the padding.
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.encode("fooba".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTB");
        assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(new String(Base32.decode("mzxw 6ytb-oi======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        // The RFC 6238 SHA-1 seed as authenticator apps are given it.
        assertThat(Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    @Test
    void the_address_names_the_issuer_and_the_user_and_spells_out_the_settings() {
        assertThat(OtpAuthUri.of("ana.lyst", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(
                "otpauth://totp/Sovereignty%20Watch:ana.lyst?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                        + "&issuer=Sovereignty%20Watch&algorithm=SHA1&digits=6&period=30");
    }
}
