package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void twelve_characters_is_the_minimum() {
        assertThat(PasswordPolicy.problemWith("x".repeat(11))).hasValue("A password has at least 12 characters");
        assertThat(PasswordPolicy.problemWith("x".repeat(12))).isEmpty();
    }

    @Test
    void sixty_four_characters_and_more_are_accepted_up_to_bcrypts_72_bytes() {
        assertThat(PasswordPolicy.problemWith("x".repeat(64))).isEmpty();
        assertThat(PasswordPolicy.problemWith("x".repeat(72))).isEmpty();
        assertThat(PasswordPolicy.problemWith("x".repeat(73))).isPresent();
    }

    @Test
    void characters_are_counted_as_people_see_them_not_as_utf16_units() {
        assertThat(PasswordPolicy.problemWith("小红书小红书小红书小红书")).isEmpty();
        assertThat(PasswordPolicy.problemWith("😀".repeat(11))).isPresent();
    }

    @Test
    void blank_passwords_are_refused() {
        assertThat(PasswordPolicy.problemWith(" ".repeat(20))).isPresent();
        assertThat(PasswordPolicy.problemWith(null)).isPresent();
    }
}
