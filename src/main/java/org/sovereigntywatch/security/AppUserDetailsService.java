package org.sovereigntywatch.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.Set;

/**
 * Builds the signed-in principal from the database: at sign-in (called by Spring Security before anyone is signed
 * in, so it is not a public service) and again whenever {@link SessionGuard} sees the user's row change.
 */
@Component
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository repository;
    private final MfaStatus mfa;

    AppUserDetailsService(AppUserRepository repository, MfaStatus mfa) {
        this.repository = repository;
        this.mfa = mfa;
    }

    /** The user as they sign in: no second factor given yet in the session to come. */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return repository.findByUsername(username.strip().toLowerCase())
                .map(user -> principalOf(user, SignInStep.pending(user.isPasswordChangeRequired(),
                        mfa.isEnrolled(user.getId()), mfa.isRequiredFor(user.getRole()), false)))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** The user as the database has them now, with these steps still owed in the session; empty if deleted. */
    @Transactional(readOnly = true)
    public Optional<AppUserPrincipal> reload(long userId, Set<SignInStep> pendingSteps) {
        return repository.findById(userId).map(user -> principalOf(user, pendingSteps));
    }

    private AppUserPrincipal principalOf(AppUser user, Set<SignInStep> pendingSteps) {
        Set<String> subdivisions = user.getJurisdictionCodes().isEmpty() ? Set.of()
                : repository.findSubdivisionCodes(user.getJurisdictionCodes());
        return new AppUserPrincipal(user, subdivisions, pendingSteps);
    }
}
