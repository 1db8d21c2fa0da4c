package org.sovereigntywatch.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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
                .map(AppUserPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
