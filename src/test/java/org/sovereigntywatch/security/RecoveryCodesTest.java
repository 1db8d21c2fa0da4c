package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryCodesTest {

    @Test
    void ten_distinct_codes_of_sixteen_unambiguous_characters_in_groups_of_four() {
        List<String> codes = RecoveryCodes.generate(new SecureRandom());

        assertThat(codes).hasSize(10).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}"), "the shape")
                .allMatch(RecoveryCodes::looksLikeOne, "looks like a recovery code");
    }

    @Test
    void a_code_is_stored_as_a_hash_of_the_user_and_the_code_typed_in_any_case_or_spacing() {
        String hash = RecoveryCodes.hash(7, "abcd-efgh-jkmn-pqrs");

        assertThat(hash).hasSize(64).doesNotContain("abcd");
        assertThat(RecoveryCodes.hash(7, " ABCD EFGH JKMN PQRS ")).isEqualTo(hash);
        assertThat(RecoveryCodes.hash(8, "abcd-efgh-jkmn-pqrs")).isNotEqualTo(hash);
    }

    @Test
    void a_six_digit_code_is_not_taken_for_a_recovery_code() {
        assertThat(RecoveryCodes.looksLikeOne("123 456")).isFalse();
    }
}
