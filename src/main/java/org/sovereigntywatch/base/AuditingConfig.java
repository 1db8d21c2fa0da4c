package org.sovereigntywatch.base;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/**
 * Fills the created/modified by and at columns of {@link AuditedEntity}. Work done without a signed-in user (seeding
 * reference data at startup, the admin bootstrap) is recorded as {@value #SYSTEM}.
 */
@Configuration
@EnableJpaAuditing(auditorAwareRef = "auditor")
class AuditingConfig {

    static final String SYSTEM = "system";

    @Bean
    AuditorAware<String> auditor() {
        return () -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                return Optional.of(SYSTEM);
            }
            return Optional.of(authentication.getName());
        };
    }
}
