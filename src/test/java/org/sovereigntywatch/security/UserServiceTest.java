package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.Texts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@IntegrationTest
@WithUserDetails("admin")
class UserServiceTest {

    @Autowired UserService users;
    @Autowired AppUserDetailsService userDetails;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired DemoUsers demoUsers;
    @Autowired RunAs runAs;

    @Test
    void an_admin_creates_a_user_who_can_then_sign_in_with_the_roles_below_theirs() {
        String username = newUsername();
        AppUser user = new AppUser(username, "Rita Reviewer", Role.REVIEWER);
        user.setJurisdictionCodes(Set.of("NP", "IN"));
        users.create(user, "a long enough passphrase");

        Authentication signedIn = signIn(username, "a long enough passphrase");
        AppUserPrincipal principal = (AppUserPrincipal) signedIn.getPrincipal();
        assertThat(principal.getJurisdictionCodes()).containsExactlyInAnyOrder("NP", "IN");
        assertThat(principal.covers("NP")).isTrue();
        assertThat(principal.covers("US")).isFalse();
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).filteredOn(name -> name.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_ANALYST", "ROLE_REVIEWER");
        assertThat(users.findByUsername(username).orElseThrow().getCreatedBy()).isEqualTo("admin");
    }

    @Test
    void passwords_are_stored_as_pbkdf2_hashes_and_older_bcrypt_hashes_still_verify() {
        String username = newUsername();
        users.create(new AppUser(username, "Hash Check", Role.VIEWER), "correct horse battery");
        String hash = users.findByUsername(username).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{pbkdf2@SpringSecurity_v5_8}");
        assertThat(passwordEncoder.matches("correct horse battery", hash)).isTrue();
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode("correct horse battery");
        assertThat(passwordEncoder.matches("correct horse battery", bcrypt)).isTrue();
    }

    @Test
    void a_password_longer_than_bcrypts_72_bytes_counts_to_its_last_character() {
        String username = newUsername();
        String longPassword = "é".repeat(40) + " end one";
        users.create(new AppUser(username, "Long Password", Role.VIEWER), longPassword);
        assertThat(signIn(username, longPassword).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(username, "é".repeat(40) + " end two")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_short_password_is_refused_and_creates_nobody() {
        String username = newUsername();
        assertThatThrownBy(() -> users.create(new AppUser(username, "Short", Role.VIEWER), "elevenchars"))
                .isInstanceOfSatisfying(FieldErrorException.class,
                        error -> assertThat(error.getProperty()).isEqualTo("password"));
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void a_taken_username_is_refused() {
        assertThatThrownBy(() -> users.create(new AppUser("analyst", "Other", Role.VIEWER), "long enough password"))
                .isInstanceOfSatisfying(FieldErrorException.class, taken -> {
                    assertThat(taken.getProperty()).isEqualTo("username");
                    assertThat(Texts.format(Locale.UK, taken.text())).isEqualTo("This username is taken");
                });
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_answer() {
        assertThatThrownBy(() -> signIn("analyst", "wrong password here"))
                .isInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
        assertThatThrownBy(() -> signIn("nobody-" + UUID.randomUUID(), "wrong password here"))
                .isInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
    }

    @Test
    void a_disabled_user_cannot_sign_in_and_a_reset_password_works() {
        String username = newUsername();
        users.create(new AppUser(username, "Temp", Role.ANALYST), "first quiet harbour");
        users.resetPassword(users.findByUsername(username).orElseThrow().getId(), "second quiet harbour");
        assertThat(signIn(username, "second quiet harbour").isAuthenticated()).isTrue();

        AppUser user = users.findByUsername(username).orElseThrow();
        user.setEnabled(false);
        users.update(user);
        assertThatThrownBy(() -> signIn(username, "second quiet harbour")).isInstanceOf(DisabledException.class);
    }

    @Test
    void after_a_reset_the_user_signs_in_to_nothing_but_choosing_their_own_password() {
        String username = newUsername();
        users.create(new AppUser(username, "Reset Person", Role.REVIEWER), "first quiet harbour");
        users.resetPassword(users.findByUsername(username).orElseThrow().getId(), "chosen by the admin");

        Authentication signedIn = signIn(username, "chosen by the admin");
        assertThat(((AppUserPrincipal) signedIn.getPrincipal()).getPendingSteps()).containsExactly(SignInStep.PASSWORD_CHANGE);
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).noneMatch(name -> name.startsWith("ROLE_"));
    }

    @Test
    void users_change_their_own_password_giving_the_current_one() {
        String username = newUsername();
        AppUser user = users.create(new AppUser(username, "Carla Changer", Role.VIEWER), "first quiet harbour");
        users.resetPassword(user.getId(), "chosen by the admin");
        runAs.user(username, () -> {
            assertRefused(() -> users.changeOwnPassword("not the password", "my own quiet harbour"), "currentPassword");
            assertRefused(() -> users.changeOwnPassword("chosen by the admin", "chosen by the admin"), "newPassword");
            assertRefused(() -> users.changeOwnPassword("chosen by the admin", "password1234"), "newPassword");
            assertRefused(() -> users.changeOwnPassword("chosen by the admin", "carla changer rides"), "newPassword");
            users.changeOwnPassword("chosen by the admin", "my own quiet harbour");
            return null;
        });

        Authentication signedIn = signIn(username, "my own quiet harbour");
        assertThat(((AppUserPrincipal) signedIn.getPrincipal()).getPendingSteps()).isEmpty();
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_VIEWER");
    }

    @Test
    void an_update_cannot_set_a_password_or_clear_a_required_change() {
        String username = newUsername();
        AppUser user = users.create(new AppUser(username, "Forged Update", Role.VIEWER), "first quiet harbour");
        users.resetPassword(user.getId(), "chosen by the admin");
        AppUser edited = users.findByUsername(username).orElseThrow();
        edited.setPasswordHash(passwordEncoder.encode("forged password here"));
        edited.setPasswordChangeRequired(false);
        users.update(edited);

        AppUser stored = users.findByUsername(username).orElseThrow();
        assertThat(passwordEncoder.matches("chosen by the admin", stored.getPasswordHash())).isTrue();
        assertThat(stored.isPasswordChangeRequired()).isTrue();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String field) {
        assertThatThrownBy(change).isInstanceOfSatisfying(FieldErrorException.class,
                error -> assertThat(error.getProperty()).isEqualTo(field));
    }

    @Test
    void the_last_enabled_admin_cannot_be_demoted() {
        AppUser admin = users.findByUsername("admin").orElseThrow();
        admin.setRole(Role.VIEWER);
        assertThatThrownBy(() -> users.update(admin))
                .isInstanceOfSatisfying(FieldErrorException.class, refused -> assertThat(english(refused))
                        .isEqualTo("This is the last enabled admin: make someone else admin first"));
        assertThat(users.findByUsername("admin").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void a_french_user_is_told_in_french_what_is_wrong_with_a_password_or_a_change_of_role() {
        String username = newUsername();
        AppUser user = users.create(new AppUser(username, "Camille Dupont", Role.VIEWER), "first quiet harbour");
        runAs.user(username, () -> {
            assertThat(french(() -> users.changeOwnPassword("not the password", "my own quiet harbour")))
                    .isEqualTo("Ce n’est pas votre mot de passe actuel");
            assertThat(french(() -> users.changeOwnPassword("first quiet harbour", "court")))
                    .isEqualTo("Un mot de passe comporte au moins 12 caractères");
            assertThat(french(() -> users.changeOwnPassword("first quiet harbour", "password1234")))
                    .startsWith("Ce mot de passe est trop facile à deviner");
            assertThat(french(() -> users.changeOwnPassword("first quiet harbour", "first quiet harbour")))
                    .isEqualTo("Choisissez un mot de passe différent de l’actuel");
            return null;
        });
        assertThat(french(() -> users.create(new AppUser(username, "Other", Role.VIEWER), "long enough password")))
                .isEqualTo("Ce nom d’utilisateur est déjà pris");

        AppUser admin = users.findByUsername("admin").orElseThrow();
        admin.setRole(Role.VIEWER);
        assertThat(french(() -> users.update(admin)))
                .isEqualTo("C’est le dernier administrateur actif : nommez d’abord quelqu’un d’autre administrateur");
        assertThat(user.getId()).isNotNull();
    }

    private static String english(FieldErrorException refused) {
        return Texts.format(Locale.UK, refused.text());
    }

    /** The message of the field error {@code change} ends in, as a French reader gets it. */
    private static String french(org.assertj.core.api.ThrowableAssert.ThrowingCallable change) {
        FieldErrorException refused = catchThrowableOfType(FieldErrorException.class, change);
        assertThat(refused).as("refused with a field error").isNotNull();
        return Texts.format(Locale.FRANCE, refused.text());
    }

    @Test
    void loading_the_demo_users_twice_duplicates_nothing() {
        long before = users.count("");
        demoUsers.run(null);
        assertThat(users.count("")).isEqualTo(before);
    }

    private Authentication signIn(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private static String newUsername() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
