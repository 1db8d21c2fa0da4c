package org.sovereigntywatch.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Arrays;
import java.util.List;

/**
 * A user's role. Roles form a hierarchy in declaration order: each role includes every role declared before it, so an
 * ADMIN may do whatever a REVIEWER, an ANALYST or a VIEWER may.
 * <p>
 * The hierarchy is applied once, when a user signs in, by granting the role's own authority and those of every role it
 * includes ({@link #authorities()}). Method security, view access checks and {@code isUserInRole} then all agree
 * without each needing to know about the hierarchy.
 */
public enum Role {
    /** Reads published items and downloads reports. */
    VIEWER,
    /** Records concerns and timelines for the jurisdictions they cover and submits them for review. */
    ANALYST,
    /** Publishes or returns submitted items for the jurisdictions they cover. */
    REVIEWER,
    /** Manages users and reference data; covers everything. */
    ADMIN;

    /** Role names as compile-time constants, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
    public static final class Names {
        public static final String VIEWER = "VIEWER";
        public static final String ANALYST = "ANALYST";
        public static final String REVIEWER = "REVIEWER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }

    /** Whether this role includes {@code other} (every role includes itself). */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** The authorities granted to a user with this role: its own and those of every role it includes. */
    public List<GrantedAuthority> authorities() {
        return Arrays.stream(values())
                .filter(this::includes)
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }
}
