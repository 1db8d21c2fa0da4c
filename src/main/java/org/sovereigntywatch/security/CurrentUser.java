package org.sovereigntywatch.security;

import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.RefusedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The signed-in user of the current request or UI access, for services that check jurisdiction scope and views that
 * show who is signed in. Reads the {@link SecurityContextHolderStrategy} bean, the one method security reads too.
 */
@FeatureApi
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy securityContext;

    CurrentUser(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    /** The signed-in user, if any. */
    public Optional<AppUserPrincipal> get() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /**
     * The signed-in user.
     *
     * @throws AccessDeniedException if nobody is signed in
     */
    public AppUserPrincipal require() {
        return get().orElseThrow(() -> new RefusedException("security.sign-in-first"));
    }

    /**
     * Refuses unless the signed-in user covers the jurisdiction with this code.
     *
     * @throws AccessDeniedException with a message fit for the user
     */
    public void requireCoverage(String jurisdictionCode) {
        if (!require().covers(jurisdictionCode)) {
            throw new RefusedException("security.scope.not-covered", jurisdictionCode);
        }
    }
}
