package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.Texts;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void twelve_characters_is_the_minimum() {
        assertThat(english(PasswordPolicy.problemWith("kq7#vbn2!xz"))).isEqualTo("A password has at least 12 characters");
        assertThat(PasswordPolicy.problemWith("kq7#vbn2!xzp")).isEmpty();
    }

    @Test
    void up_to_128_characters_are_accepted_whatever_their_bytes() {
        String accented = "çé-marée-haute-à-noël-".repeat(6).substring(0, 128);
        assertThat(accented.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(PasswordPolicy.problemWith(accented)).isEmpty();
        assertThat(english(PasswordPolicy.problemWith(accented + "x"))).isEqualTo("A password has at most 128 characters");
    }

    @Test
    void characters_are_counted_as_people_see_them_not_as_utf16_units() {
        assertThat(PasswordPolicy.problemWith("小红书月亮山河书店雨花石")).isEmpty();
        assertThat(PasswordPolicy.problemWith("😀".repeat(11))).isPresent();
    }

    @Test
    void common_and_guessable_passwords_are_refused() {
        assertThat(english(PasswordPolicy.problemWith("password1234"))).startsWith("This password is too easy to guess");
        assertThat(PasswordPolicy.problemWith("qwertyuiop123")).isPresent();
        assertThat(PasswordPolicy.problemWith("aaaaaaaaaaaaaaaa")).isPresent();
        assertThat(PasswordPolicy.problemWith("correct horse battery")).isEmpty();
    }

    @Test
    void the_users_own_username_or_name_is_refused_inside_a_password() {
        assertThat(english(PasswordPolicy.problemWith("ana.lopez-rides-again", "ana.lopez", "Ana Lopez")))
                .isEqualTo("A password cannot contain your username or name");
        assertThat(PasswordPolicy.problemWith("rides again, Ana Lopez!", "ana.lopez", "Ana Lopez")).isPresent();
        assertThat(PasswordPolicy.problemWith("rides again on tuesdays", "ana.lopez", "Ana Lopez")).isEmpty();
    }

    @Test
    void blank_passwords_and_control_characters_are_refused() {
        assertThat(PasswordPolicy.problemWith(" ".repeat(20))).isPresent();
        assertThat(PasswordPolicy.problemWith(null)).isPresent();
        assertThat(english(PasswordPolicy.problemWith("correct horse\u0000battery")))
                .isEqualTo("A password cannot contain control characters");
    }

    @Test
    void a_french_reader_is_told_in_french_why_a_password_is_refused_with_zxcvbns_warning_in_our_words() {
        assertThat(Texts.format(Locale.FRANCE, PasswordPolicy.problemWith("kq7#vbn2!xz").orElseThrow()))
                .isEqualTo("Un mot de passe comporte au moins 12 caractères");
        assertThat(Texts.format(Locale.FRANCE, PasswordPolicy.problemWith("aaaaaaaaaaaaaaaa").orElseThrow()))
                .isEqualTo("Ce mot de passe est trop facile à deviner. Les suites comme abc ou 6543 sont faciles à "
                        + "deviner. Ajoutez des mots ou des caractères qui n’ont rien à voir entre eux.");
        assertThat(english(PasswordPolicy.problemWith("aaaaaaaaaaaaaaaa"))).isEqualTo("This password is too easy to "
                + "guess: Sequences like abc or 6543 are easy to guess. Add more words or characters that do not belong together.");
    }

    private static String english(Optional<Text> problem) {
        return Texts.format(Locale.UK, problem.orElseThrow());
    }
}
