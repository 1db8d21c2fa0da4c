package org.sovereigntywatch.security;

import java.util.Set;

/**
 * What a user who gave the right password must still do before the session may do anything else. While a step is
 * pending the session holds no role, so every service refuses it, and the sign-in gate shows only the step's page.
 */
public enum SignInStep {
    /** Someone else chose the password (bootstrap, an admin's reset): the user chooses their own. */
    PASSWORD_CHANGE;

    /** The one rule for which steps a user still owes in a session. */
    static Set<SignInStep> pending(boolean passwordChangeRequired) {
        return passwordChangeRequired ? Set.of(PASSWORD_CHANGE) : Set.of();
    }
}
