package org.sovereigntywatch.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.sovereigntywatch.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Vaadin's security setup (every view needs an explicit access annotation, unauthenticated visitors are sent to
 * {@link LoginView}) plus method security, which makes the services' {@code @PreAuthorize} and
 * {@code @RolesAllowed} annotations count: without {@code @EnableMethodSecurity} they would be silently ignored.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityHeaders headers, SignInCsrf csrf,
                                            SignInThrottling throttling) throws Exception {
        // Addresses that are no view at all would get a bare 403 by default; signed-in users reach Vaadin instead,
        // which shows the application's own "nothing here" page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                // Vaadin's CSRF set-up exempts the sign-in POST; SignInCsrf protects it too.
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        headers.applyTo(http);
        csrf.applyTo(http);
        throttling.applyTo(http);
        return http.build();
    }

    /** Hashes with bcrypt and keeps the {@code {id}} prefix, so the algorithm can change without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
