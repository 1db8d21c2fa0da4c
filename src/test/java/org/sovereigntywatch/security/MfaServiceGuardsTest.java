package org.sovereigntywatch.security;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may call what on {@link MfaService}: a session that passed only the password (no role yet) may set up its own
 * authenticator and give its sign-in code, but not change an authenticator that is on; only admins reset others or
 * choose the policy; nobody signed in may call anything.
 */
@IntegrationTest
class MfaServiceGuardsTest {

    @Autowired MfaService mfa;
    @Autowired MfaTestUsers testUsers;

    @AfterEach
    void signOut() {
        testUsers.signOut();
    }

    @Test
    void every_public_method_states_who_may_call_it() {
        Map<String, String> guards = Arrays.stream(MfaService.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .collect(Collectors.toMap(Method::getName, method -> method.isAnnotationPresent(PreAuthorize.class)
                        ? method.getAnnotation(PreAuthorize.class).value() : "none"));
        assertThat(guards).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("status", "isAuthenticated()"),
                Map.entry("startEnrolment", "isAuthenticated()"),
                Map.entry("confirmEnrolment", "isAuthenticated()"),
                Map.entry("verifySignInCode", "isAuthenticated()"),
                Map.entry("startReplacement", "hasRole('VIEWER')"),
                Map.entry("regenerateRecoveryCodes", "hasRole('VIEWER')"),
                Map.entry("turnOff", "hasRole('VIEWER')"),
                Map.entry("reset", "hasRole('ADMIN')"),
                Map.entry("onSince", "hasRole('ADMIN')"),
                Map.entry("requiredRoles", "hasRole('ADMIN')"),
                Map.entry("setRequiredRoles", "hasRole('ADMIN')")));
    }

    @Test
    void a_viewer_cannot_reset_another_user_or_see_or_change_the_policy() {
        AppUser other = testUsers.create(Role.ANALYST);
        testUsers.signIn("viewer");
        assertDenied(() -> mfa.reset(other.getId()));
        assertDenied(() -> mfa.onSince(other.getId()));
        assertDenied(mfa::requiredRoles);
        assertDenied(() -> mfa.setRequiredRoles(Set.of()));
    }

    @Test
    void a_session_with_only_the_password_sets_up_and_signs_in_but_cannot_change_an_authenticator_that_is_on() {
        AppUser user = testUsers.create(Role.REVIEWER);
        testUsers.signInPasswordOnly(user.getUsername());
        TotpSetup setup = mfa.startEnrolment();
        long step = testUsers.step();
        assertThat(mfa.confirmEnrolment(testUsers.codeOfStep(setup.secret(), step))).hasSize(10);

        String next = testUsers.codeOfStep(setup.secret(), step + 1);
        assertDenied(() -> mfa.startReplacement(next));
        assertDenied(() -> mfa.regenerateRecoveryCodes(next));
        assertDenied(() -> mfa.turnOff(next));
        assertDenied(() -> mfa.reset(user.getId()));
        assertThat(mfa.status().isOn()).isTrue();
        assertThatCode(() -> mfa.verifySignInCode(next)).doesNotThrowAnyException();
    }

    @Test
    void nobody_signed_in_can_call_anything() {
        for (ThrowingCallable call : new ThrowingCallable[]{
                mfa::status, mfa::startEnrolment, () -> mfa.confirmEnrolment("123456"),
                () -> mfa.verifySignInCode("123456"), () -> mfa.startReplacement("123456"),
                () -> mfa.regenerateRecoveryCodes("123456"), () -> mfa.turnOff("123456"), () -> mfa.reset(1L),
                () -> mfa.onSince(1L), mfa::requiredRoles, () -> mfa.setRequiredRoles(Set.of())}) {
            assertThatThrownBy(call).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
    }

    private static void assertDenied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }
}
