package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void twelve_characters_is_the_minimum() {
        assertThat(PasswordPolicy.problemWith("kq7#vbn2!xz")).hasValue("A password has at least 12 characters");
        assertThat(PasswordPolicy.problemWith("kq7#vbn2!xzp")).isEmpty();
    }

    @Test
    void up_to_128_characters_are_accepted_whatever_their_bytes() {
        String accented = "çé-marée-haute-à-noël-".repeat(6).substring(0, 128);
        assertThat(accented.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(PasswordPolicy.problemWith(accented)).isEmpty();
        assertThat(PasswordPolicy.problemWith(accented + "x")).hasValue("A password has at most 128 characters");
    }

    @Test
    void characters_are_counted_as_people_see_them_not_as_utf16_units() {
        assertThat(PasswordPolicy.problemWith("小红书月亮山河书店雨花石")).isEmpty();
        assertThat(PasswordPolicy.problemWith("😀".repeat(11))).isPresent();
    }

    @Test
    void common_and_guessable_passwords_are_refused() {
        assertThat(PasswordPolicy.problemWith("password1234")).hasValueSatisfying(problem ->
                assertThat(problem).startsWith("This password is too easy to guess"));
        assertThat(PasswordPolicy.problemWith("qwertyuiop123")).isPresent();
        assertThat(PasswordPolicy.problemWith("aaaaaaaaaaaaaaaa")).isPresent();
        assertThat(PasswordPolicy.problemWith("correct horse battery")).isEmpty();
    }

    @Test
    void the_users_own_username_or_name_is_refused_inside_a_password() {
        assertThat(PasswordPolicy.problemWith("ana.lopez-rides-again", "ana.lopez", "Ana Lopez"))
                .hasValue("A password cannot contain your username or name");
        assertThat(PasswordPolicy.problemWith("rides again, Ana Lopez!", "ana.lopez", "Ana Lopez")).isPresent();
        assertThat(PasswordPolicy.problemWith("rides again on tuesdays", "ana.lopez", "Ana Lopez")).isEmpty();
    }

    @Test
    void blank_passwords_and_control_characters_are_refused() {
        assertThat(PasswordPolicy.problemWith(" ".repeat(20))).isPresent();
        assertThat(PasswordPolicy.problemWith(null)).isPresent();
        assertThat(PasswordPolicy.problemWith("correct horse\u0000battery")).hasValue("A password cannot contain control characters");
    }
}
