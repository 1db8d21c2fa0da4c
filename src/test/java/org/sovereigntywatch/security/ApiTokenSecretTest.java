package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenSecretTest {

    private final ApiTokenSecret secret = ApiTokenSecret.generate(new SecureRandom());

    @Test
    void a_token_is_the_prefix_and_256_random_bits_in_url_safe_characters() {
        assertThat(secret.value()).startsWith("swt_").hasSize(47).matches("swt_[A-Za-z0-9_-]{43}");
        assertThat(ApiTokenSecret.looksLikeOne(secret.value())).isTrue();
        assertThat(ApiTokenSecret.generate(new SecureRandom())).isNotEqualTo(secret);
    }

    @Test
    void only_values_of_a_tokens_shape_are_looked_up() {
        assertThat(ApiTokenSecret.looksLikeOne(secret.value().substring(1))).isFalse();
        assertThat(ApiTokenSecret.looksLikeOne("swt_" + "a".repeat(42) + "=")).isFalse();
        assertThat(ApiTokenSecret.looksLikeOne("ghp_" + "a".repeat(43))).isFalse();
    }

    @Test
    void it_is_kept_as_its_sha256_and_shown_by_its_last_four_characters_only() {
        assertThat(secret.hash()).hasSize(64).isEqualTo(new ApiTokenSecret(secret.value()).hash())
                .doesNotContain(secret.value().substring(4));
        // sha256sum of the seven characters swt_abc.
        assertThat(new ApiTokenSecret("swt_abc").hash())
                .isEqualTo("1094b5654be4f02ff854852f6182d84f7f119aac8b512716d471fc5a0e039548");
        assertThat(secret.toString()).isEqualTo("swt_…" + secret.value().substring(43)).doesNotContain(secret.value());
    }
}
