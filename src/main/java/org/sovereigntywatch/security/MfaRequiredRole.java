package org.sovereigntywatch.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A role whose users must sign in with a second factor. Each role on its own: requiring it of reviewers does not
 * require it of admins. */
@Entity
@Table(name = "mfa_required_role")
class MfaRequiredRole {

    @Id
    @Enumerated(EnumType.STRING)
    private Role role;

    protected MfaRequiredRole() {
        this.role = Role.VIEWER;
    }

    MfaRequiredRole(Role role) {
        this.role = role;
    }

    Role getRole() {
        return role;
    }
}
