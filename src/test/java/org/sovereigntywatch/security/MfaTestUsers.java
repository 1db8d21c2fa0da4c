package org.sovereigntywatch.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Users of the MFA tests, each new so that no test sees another's authenticator, signed in either fully (with their
 * role) or only with their password (no role yet, as a session that still owes its second step).
 */
@Component
public class MfaTestUsers {

    private final AppUserRepository users;
    private final AppUserDetailsService details;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;

    MfaTestUsers(AppUserRepository users, AppUserDetailsService details, SecurityContextHolderStrategy securityContext,
                 Clock clock) {
        this.users = users;
        this.details = details;
        this.securityContext = securityContext;
        this.clock = clock;
    }

    /** A new user of this role; never an admin, since other tests count the enabled admins. */
    public AppUser create(Role role) {
        if (role == Role.ADMIN) {
            throw new IllegalArgumentException("UserServiceTest counts the enabled admins: use the demo admin");
        }
        AppUser user = new AppUser("mfa-" + UUID.randomUUID().toString().substring(0, 8), "MFA Tester", role);
        user.setPasswordHash("{noop}not used by these tests");
        return users.saveAndFlush(user);
    }

    public void signIn(String username) {
        AppUserPrincipal principal = (AppUserPrincipal) details.loadUserByUsername(username);
        setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /**
     * Signed in with the role's authorities whatever the user still owes: for a test that changes which roles need a
     * second step while signed in as one of them.
     */
    public void signInFully(String username) {
        AppUserPrincipal principal = (AppUserPrincipal) details.loadUserByUsername(username);
        setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getRole().authorities()));
    }

    /** Signed in with the password only: authenticated, without any role authority. */
    public void signInPasswordOnly(String username) {
        AppUserPrincipal principal = (AppUserPrincipal) details.loadUserByUsername(username);
        setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
    }

    public void signOut() {
        securityContext.clearContext();
    }

    /** The code an authenticator app with this secret (base 32) shows this many steps from now. */
    public String code(String base32Secret, long stepsFromNow) {
        return Totp.APP.code(Base32.decode(base32Secret), step() + stepsFromNow);
    }

    /** The code of this step. */
    public String codeOfStep(String base32Secret, long step) {
        return Totp.APP.code(Base32.decode(base32Secret), step);
    }

    public long step() {
        return Totp.APP.stepAt(clock.instant());
    }

    /** A code that no step near now has: five steps ahead, or further if that one happens to equal a nearer one. */
    public String wrongCode(String base32Secret) {
        long now = step();
        for (long ahead = 5; ; ahead++) {
            String candidate = codeOfStep(base32Secret, now + ahead);
            boolean clash = false;
            for (long near = now - 2; near <= now + 3; near++) {
                clash |= candidate.equals(codeOfStep(base32Secret, near));
            }
            if (!clash) {
                return candidate;
            }
        }
    }

    private void setAuthentication(UsernamePasswordAuthenticationToken authentication) {
        SecurityContext context = securityContext.createEmptyContext();
        context.setAuthentication(authentication);
        securityContext.setContext(context);
    }
}
