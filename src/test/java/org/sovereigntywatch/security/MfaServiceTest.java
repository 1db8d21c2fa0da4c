package org.sovereigntywatch.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.base.RefusedException;
import org.sovereigntywatch.base.Texts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@IntegrationTest
class MfaServiceTest {

    @Autowired MfaService mfa;
    @Autowired MfaStatus mfaStatus;
    @Autowired MfaTestUsers testUsers;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        testUsers.signOut();
    }

    @Test
    void enrolment_stays_off_until_a_right_code_confirms_it_and_then_gives_ten_recovery_codes() {
        AppUser user = signedInNewUser(Role.ANALYST);
        TotpSetup setup = mfa.startEnrolment();
        assertThat(setup.otpAuthUri()).contains(":" + user.getUsername() + "?secret=" + setup.secret());
        assertThat(mfa.status().isOn()).isFalse();
        assertThat(mfaStatus.isEnrolled(user.getId())).isFalse();

        assertRefused(() -> mfa.confirmEnrolment(testUsers.wrongCode(setup.secret())), "mfa.code.wrong");
        assertThat(mfa.status().isOn()).isFalse();

        List<String> recoveryCodes = mfa.confirmEnrolment(testUsers.code(setup.secret(), 0));
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        assertThat(mfa.status().isOn()).isTrue();
        assertThat(mfa.status().recoveryCodesLeft()).isEqualTo(10);
        assertThat(mfaStatus.isEnrolled(user.getId())).isTrue();
        assertThatThrownBy(mfa::startEnrolment).isInstanceOf(IllegalStateException.class).hasMessageContaining("already on");
    }

    @Test
    void the_secret_is_stored_encrypted_and_the_recovery_codes_only_as_hashes() {
        AppUser user = signedInNewUser(Role.VIEWER);
        TotpSetup setup = mfa.startEnrolment();
        List<String> recoveryCodes = mfa.confirmEnrolment(testUsers.code(setup.secret(), 0));

        String stored = jdbc.queryForObject("select secret from mfa_enrolment where user_id = ?", String.class, user.getId());
        assertThat(stored).startsWith("v1:").doesNotContain(setup.secret());
        List<String> hashes = jdbc.queryForList("select code_hash from mfa_recovery_code where user_id = ?", String.class,
                user.getId());
        assertThat(hashes).hasSize(10).doesNotContainAnyElementsOf(recoveryCodes)
                .allSatisfy(hash -> assertThat(recoveryCodes).noneMatch(code -> hash.contains(RecoveryCodes.normalize(code))));
    }

    @Test
    void a_code_is_accepted_once_and_never_after_a_later_one() {
        signedInNewUser(Role.VIEWER);
        TotpSetup setup = mfa.startEnrolment();
        long step = testUsers.step();
        mfa.confirmEnrolment(testUsers.codeOfStep(setup.secret(), step));

        // The confirming code counts as used: replaying it at sign-in fails.
        assertRefused(() -> mfa.verifySignInCode(testUsers.codeOfStep(setup.secret(), step)), "mfa.code.already-used");
        // The next step's code is within the window either side of now, and works once.
        assertThat(mfa.verifySignInCode(testUsers.codeOfStep(setup.secret(), step + 1)).recoveryCode()).isFalse();
        assertRefused(() -> mfa.verifySignInCode(testUsers.codeOfStep(setup.secret(), step + 1)), "mfa.code.already-used");
        assertRefused(() -> mfa.verifySignInCode(testUsers.wrongCode(setup.secret())), "mfa.code.wrong");
    }

    @Test
    void a_recovery_code_works_once_in_place_of_a_code_however_it_is_typed() {
        signedInNewUser(Role.VIEWER);
        TotpSetup setup = mfa.startEnrolment();
        List<String> recoveryCodes = mfa.confirmEnrolment(testUsers.code(setup.secret(), 0));

        CodeAccepted accepted = mfa.verifySignInCode(recoveryCodes.get(3));
        assertThat(accepted.recoveryCode()).isTrue();
        assertThat(accepted.recoveryCodesLeft()).isEqualTo(9);
        assertRefused(() -> mfa.verifySignInCode(recoveryCodes.get(3)), "mfa.code.recovery-used");
        assertThat(mfa.verifySignInCode(" " + recoveryCodes.get(4).toUpperCase().replace('-', ' ')).recoveryCodesLeft())
                .isEqualTo(8);
        assertRefused(() -> mfa.verifySignInCode("aaaa-bbbb-cccc-dddd"), "mfa.code.wrong-recovery");
        assertThat(mfa.status().recoveryCodesLeft()).isEqualTo(8);
    }

    @Test
    void new_recovery_codes_need_a_current_code_and_replace_the_old_ones() {
        signedInNewUser(Role.VIEWER);
        TotpSetup setup = mfa.startEnrolment();
        List<String> old = mfa.confirmEnrolment(testUsers.code(setup.secret(), 0));

        assertRefused(() -> mfa.regenerateRecoveryCodes(testUsers.wrongCode(setup.secret())), "mfa.code.wrong");
        List<String> fresh = mfa.regenerateRecoveryCodes(old.getFirst());

        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(old);
        assertRefused(() -> mfa.verifySignInCode(old.get(1)), "mfa.code.wrong-recovery");
        assertThat(mfa.verifySignInCode(fresh.getFirst()).recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void after_five_wrong_codes_even_a_right_one_waits() {
        signedInNewUser(Role.VIEWER);
        TotpSetup setup = mfa.startEnrolment();
        long step = testUsers.step();
        mfa.confirmEnrolment(testUsers.codeOfStep(setup.secret(), step));

        for (int i = 0; i < MfaEnrolment.FREE_FAILURES; i++) {
            assertRefused(() -> mfa.verifySignInCode(testUsers.wrongCode(setup.secret())), "mfa.code.wrong");
        }
        CodeRefusedException waiting = catchThrowableOfType(CodeRefusedException.class,
                () -> mfa.verifySignInCode(testUsers.codeOfStep(setup.secret(), step + 1)));
        assertThat(Texts.format(Locale.UK, waiting.text())).isEqualTo("Too many wrong codes. Try again in one minute.");
        assertThat(Texts.format(Locale.FRANCE, waiting.text())).isEqualTo("Trop de codes erronés. Réessayez dans une minute.");
    }

    @Test
    void a_new_authenticator_replaces_the_old_one_only_once_confirmed() {
        signedInNewUser(Role.VIEWER);
        TotpSetup first = mfa.startEnrolment();
        long step = testUsers.step();
        mfa.confirmEnrolment(testUsers.codeOfStep(first.secret(), step));

        TotpSetup second = mfa.startReplacement(testUsers.codeOfStep(first.secret(), step + 1));
        assertThat(second.secret()).isNotEqualTo(first.secret());
        assertRefused(() -> mfa.confirmEnrolment(testUsers.wrongCode(second.secret())), "mfa.code.wrong");
        mfa.confirmEnrolment(testUsers.codeOfStep(second.secret(), step + 1));

        assertThat(mfa.status().isOn()).isTrue();
        assertRefused(() -> mfa.verifySignInCode(testUsers.wrongCode(second.secret())), "mfa.code.wrong");
    }

    @Test
    void turning_off_needs_a_current_code_and_is_refused_when_the_role_requires_it() {
        AppUser user = signedInNewUser(Role.ANALYST);
        TotpSetup setup = mfa.startEnrolment();
        long step = testUsers.step();
        mfa.confirmEnrolment(testUsers.codeOfStep(setup.secret(), step));
        requireForRoles(Set.of(Role.ANALYST));
        try {
            testUsers.signInFully(user.getUsername());
            assertThat(mfa.status().requiredByRole()).isTrue();
            assertThatThrownBy(() -> mfa.turnOff(testUsers.codeOfStep(setup.secret(), step + 1)))
                    .isInstanceOf(RefusedException.class)
                    .satisfies(refused -> assertThat(Texts.format(Locale.FRANCE, ((RefusedException) refused).text()))
                            .isEqualTo("Votre rôle exige la connexion en deux étapes : elle ne peut pas être désactivée."));
        } finally {
            requireForRoles(Set.of());
        }
        testUsers.signInFully(user.getUsername());
        assertRefused(() -> mfa.turnOff(testUsers.wrongCode(setup.secret())), "mfa.code.wrong");
        mfa.turnOff(testUsers.codeOfStep(setup.secret(), step + 1));

        assertThat(mfa.status().isOn()).isFalse();
        assertThat(mfaStatus.isEnrolled(user.getId())).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from mfa_recovery_code where user_id = ?", Long.class,
                user.getId())).isZero();
    }

    @Test
    void an_admin_reset_turns_it_off_so_the_user_sets_it_up_again() {
        AppUser user = signedInNewUser(Role.REVIEWER);
        TotpSetup setup = mfa.startEnrolment();
        mfa.confirmEnrolment(testUsers.code(setup.secret(), 0));

        testUsers.signIn("admin");
        assertThat(mfa.onSince(user.getId())).isPresent();
        mfa.reset(user.getId());
        assertThat(mfa.onSince(user.getId())).isEmpty();
        assertThat(mfaStatus.isEnrolled(user.getId())).isFalse();

        testUsers.signIn(user.getUsername());
        assertThat(mfa.status().isOn()).isFalse();
        assertRefused(() -> mfa.verifySignInCode(testUsers.code(setup.secret(), 1)), "mfa.code.not-set-up");
        assertThat(mfa.startEnrolment().secret()).isNotEqualTo(setup.secret());
    }

    @Test
    void only_admins_choose_the_roles_that_require_a_second_step() {
        testUsers.signIn("reviewer");
        assertThatThrownBy(() -> mfa.setRequiredRoles(Set.of(Role.REVIEWER))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(mfa::requiredRoles).isInstanceOf(AccessDeniedException.class);
        assertThat(mfaStatus.isRequiredFor(Role.REVIEWER)).isFalse();

        try {
            requireForRoles(Set.of(Role.REVIEWER, Role.ADMIN));
            assertThat(mfa.requiredRoles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.ADMIN);
            assertThat(mfaStatus.isRequiredFor(Role.REVIEWER)).isTrue();
            assertThat(mfaStatus.isRequiredFor(Role.ADMIN)).isTrue();
            assertThat(mfaStatus.isRequiredFor(Role.ANALYST)).isFalse();
            requireForRoles(Set.of(Role.ADMIN));
            assertThat(mfa.requiredRoles()).containsExactly(Role.ADMIN);
        } finally {
            requireForRoles(Set.of());
        }
        assertThat(mfaStatus.isRequiredFor(Role.ADMIN)).isFalse();
    }

    private AppUser signedInNewUser(Role role) {
        AppUser user = testUsers.create(role);
        testUsers.signIn(user.getUsername());
        return user;
    }

    /**
     * Signs in as the admin to do it, and stays signed in as the admin; fully, as a session already open would be
     * when ADMIN comes to require a second step the demo admin has not set up.
     */
    private void requireForRoles(Set<Role> roles) {
        testUsers.signInFully("admin");
        mfa.setRequiredRoles(roles);
    }

    /** Refused with the text of this key, shown next to the code field. */
    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(CodeRefusedException.class)
                .satisfies(refused -> assertThat(((CodeRefusedException) refused).text().key()).isEqualTo(key))
                .satisfies(refused -> assertThat(((CodeRefusedException) refused).getProperty()).isEqualTo("code"));
    }
}
