package org.sovereigntywatch.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.sovereigntywatch.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import java.util.List;
import java.util.Map;

/**
 * Vaadin's security setup (every view needs an explicit access annotation, unauthenticated visitors are sent to
 * {@link LoginView}) plus method security, which makes the services' {@code @PreAuthorize} annotations count:
 * without {@code @EnableMethodSecurity} they would be silently ignored. The views' JSR-250 annotations
 * ({@code @PermitAll}, {@code @RolesAllowed}) are Vaadin's to read at navigation; were method security to read them
 * too, it would wrap every view it creates in a proxy (issue 18: 13 % of a node's work under load).
 * Around it, each in a class of its own: the browser headers, CSRF on the sign-in form, sign-in throttling, and the
 * session registry with its per-request guard.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** The health endpoint (application.properties exposes no other). */
    static final String HEALTH = "/actuator/health";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessions, AppUserDetailsService users,
                                            SecurityContextHolderStrategy securityContext, SecurityHeaders headers,
                                            SignInCsrf csrf, SignInThrottling throttling) throws Exception {
        // The load balancer's health check: anonymous, and it must not open a session at every look.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, HEALTH).permitAll());
        // Addresses that are no view at all would get a bare 403 by default; signed-in users reach Vaadin instead,
        // which shows the application's own "nothing here" page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                // Vaadin's CSRF set-up exempts the sign-in POST; SignInCsrf protects it too.
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)
                .addLogoutHandler(sessions));
        headers.applyTo(http);
        csrf.applyTo(http);
        throttling.applyTo(http);
        trackSessions(http, sessions, users, securityContext);
        return http.build();
    }

    /**
     * Every sign-in gets a new session id (against fixation) and a row in the session registry; every request of a
     * signed-in session is then checked against that row and the user's, before anything else reads the principal.
     */
    private static void trackSessions(HttpSecurity http, SessionRegistry sessions, AppUserDetailsService users,
                                      SecurityContextHolderStrategy securityContext) throws Exception {
        http.sessionManagement(management -> management.sessionAuthenticationStrategy(
                new CompositeSessionAuthenticationStrategy(List.of(new ChangeSessionIdAuthenticationStrategy(), sessions))));
        http.addFilterAfter(new SessionGuard(sessions, users, securityContext), SecurityContextHolderFilter.class);
    }

    /**
     * Hashes new passwords with PBKDF2-HMAC-SHA256 (310,000 iterations, OWASP's figure), which reads the whole password:
     * bcrypt reads only 72 bytes, fewer than 64 accented or non-Latin characters. The {@code {id}} prefix keeps
     * hashes made with bcrypt before this change valid.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String pbkdf2 = "pbkdf2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(pbkdf2, Map.of(
                pbkdf2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
