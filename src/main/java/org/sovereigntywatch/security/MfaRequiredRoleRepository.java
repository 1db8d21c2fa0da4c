package org.sovereigntywatch.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface MfaRequiredRoleRepository extends JpaRepository<MfaRequiredRole, Role> {
}
