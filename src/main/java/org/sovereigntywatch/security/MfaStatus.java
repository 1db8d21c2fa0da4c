package org.sovereigntywatch.security;

import org.springframework.stereotype.Component;

/**
 * What the sign-in gate asks about two-step sign-in, for a user in the middle of signing in. Not a public service and
 * not guarded: it runs inside the security filter, before the session has a role. It reads the database every time
 * (two primary-key look-ups), so an admin's change of policy or reset reaches every node at once.
 */
@Component
class MfaStatus {

    private final MfaEnrolmentRepository enrolments;
    private final MfaRequiredRoleRepository requiredRoles;

    MfaStatus(MfaEnrolmentRepository enrolments, MfaRequiredRoleRepository requiredRoles) {
        this.enrolments = enrolments;
        this.requiredRoles = requiredRoles;
    }

    /** Whether this user has a confirmed authenticator, so that sign-in must ask for a code. */
    boolean isEnrolled(long userId) {
        return enrolments.existsByUserIdAndSecretIsNotNull(userId);
    }

    /** Whether users of this role must set up two-step sign-in before they get any further. */
    boolean isRequiredFor(Role role) {
        return requiredRoles.existsById(role);
    }
}
