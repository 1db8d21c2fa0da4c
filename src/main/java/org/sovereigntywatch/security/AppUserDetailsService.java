package org.sovereigntywatch.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/** Looks users up for sign-in. Called by Spring Security before anyone is signed in, so it is not a public service. */
@Component
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository repository;

    AppUserDetailsService(AppUserRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return repository.findByUsername(username.strip().toLowerCase())
                .map(user -> new AppUserPrincipal(user, user.getJurisdictionCodes().isEmpty() ? Set.of()
                        : repository.findSubdivisionCodes(user.getJurisdictionCodes())))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
