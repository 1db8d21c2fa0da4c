package org.sovereigntywatch.security;

import org.sovereigntywatch.base.FeatureApi;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Runs start-up work (loading the demo data) as one of the users, so that it goes through the services with their
 * checks, auditing and review log exactly as that user's clicks would. Never reachable from a request.
 */
@FeatureApi
@Component
public class RunAs {

    private final AppUserDetailsService users;
    private final SecurityContextHolderStrategy securityContext;

    RunAs(AppUserDetailsService users, SecurityContextHolderStrategy securityContext) {
        this.users = users;
        this.securityContext = securityContext;
    }

    public <T> T user(String username, Supplier<T> work) {
        SecurityContext previous = securityContext.getContext();
        SecurityContext context = securityContext.createEmptyContext();
        AppUserPrincipal principal = (AppUserPrincipal) users.loadUserByUsername(username);
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        securityContext.setContext(context);
        try {
            return work.get();
        } finally {
            securityContext.setContext(previous);
        }
    }
}
