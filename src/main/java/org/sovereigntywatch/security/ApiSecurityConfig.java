package org.sovereigntywatch.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The read-only API's own security chain, consulted before Vaadin's ({@link SecurityConfig}) for {@value #API}:
 * stateless (no session is read or made, so no CSRF token is needed: a browser's cookies authenticate nothing here),
 * authenticated by personal access tokens ({@link ApiTokenFilter}) and open to every role, whose services then decide
 * what each caller sees. Every refusal is a problem-details JSON body, never the sign-in page. The API's description
 * and its browsable page ({@value #DOCS}) are public: they show how to ask, not what the record holds.
 */
@Configuration
class ApiSecurityConfig {

    static final String API = "/api/**";
    static final String DOCS = "/api/docs/**";
    /** Where springdoc serves the browsable page's files, beside the description. */
    static final String DOCS_PAGE_FILES = "/api/swagger-ui/**";

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenAuthenticator authenticator,
                                       SecurityContextHolderStrategy securityContext, ApiProblems problems,
                                       SecurityHeaders headers) throws Exception {
        http.securityMatcher(API)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/docs", DOCS, DOCS_PAGE_FILES).permitAll()
                        .anyRequest().hasRole(Role.VIEWER.name()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(refusals -> refusals
                        .authenticationEntryPoint((request, response, refusal) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problems.write(request, response, HttpStatus.UNAUTHORIZED, "token-required",
                                    "Send a personal access token: Authorization: Bearer swt_…");
                        })
                        .accessDeniedHandler((request, response, refusal) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "forbidden", "The token's owner has no role that reads.")))
                .addFilterAfter(new ApiTokenFilter(authenticator, securityContext, problems),
                        SecurityContextHolderFilter.class);
        headers.applyTo(http);
        return http.build();
    }
}
