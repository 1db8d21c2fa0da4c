package org.sovereigntywatch.base;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.Optional;

/**
 * Fills the created/modified by and at columns of {@link AuditedEntity}. Work done without a signed-in user (seeding
 * reference data at startup, the admin bootstrap) is recorded as {@value #SYSTEM}.
 * <p>
 * The signed-in user is read through the {@link SecurityContextHolderStrategy} bean (Vaadin's, which also finds the
 * user of a UI access), the same instance method security reads, rather than the static holder.
 */
@Configuration
@EnableJpaAuditing(auditorAwareRef = "auditor")
class AuditingConfig {

    static final String SYSTEM = "system";

    @Bean
    AuditorAware<String> auditor(SecurityContextHolderStrategy securityContext) {
        return () -> {
            Authentication authentication = securityContext.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                return Optional.of(SYSTEM);
            }
            return Optional.of(authentication.getName());
        };
    }
}
