package org.sovereigntywatch.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user who gave the right password must still do before the session may do anything else, in the order the
 * gate asks for them. While a step is pending the session holds no role, so every service refuses it, and the
 * sign-in gate shows only the step's page.
 */
public enum SignInStep {
    /** Give a code from the authenticator app, or a recovery code: first, as it proves who is there. */
    MFA_CODE,
    /** Someone else chose the password (bootstrap, an admin's reset): the user chooses their own. */
    PASSWORD_CHANGE,
    /** The user's role requires two-step sign-in and they have no authenticator yet: they set one up. */
    MFA_SETUP;

    /** The one rule for which steps a user still owes in a session. */
    static Set<SignInStep> pending(boolean passwordChangeRequired, boolean mfaEnrolled, boolean mfaRequired,
                                   boolean secondFactorGiven) {
        Set<SignInStep> steps = EnumSet.noneOf(SignInStep.class);
        if (mfaEnrolled && !secondFactorGiven) {
            steps.add(MFA_CODE);
        }
        if (passwordChangeRequired) {
            steps.add(PASSWORD_CHANGE);
        }
        if (mfaRequired && !mfaEnrolled) {
            steps.add(MFA_SETUP);
        }
        return steps;
    }
}
