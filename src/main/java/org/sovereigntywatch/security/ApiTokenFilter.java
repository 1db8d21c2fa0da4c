package org.sovereigntywatch.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Authenticates an API request by its {@code Authorization: Bearer} token ({@link ApiTokenAuthenticator}), for this
 * request only: nothing is kept in a session. A request without the header goes on anonymous, to be refused by the
 * chain's entry point. The context goes into the {@link SecurityContextHolderStrategy} bean Vaadin registers, the one
 * method security and {@link CurrentUser} read: set through the static holder, the services would see nobody.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenAuthenticator authenticator;
    private final SecurityContextHolderStrategy securityContext;
    private final ApiProblems problems;

    ApiTokenFilter(ApiTokenAuthenticator authenticator, SecurityContextHolderStrategy securityContext,
                   ApiProblems problems) {
        this.authenticator = authenticator;
        this.securityContext = securityContext;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String presented = header.substring(BEARER.length()).strip();
        switch (authenticator.authenticate(presented, request.getMethod() + " " + request.getRequestURI())) {
            case ApiTokenAuthenticator.Outcome.Accepted accepted -> {
                SecurityContext context = securityContext.createEmptyContext();
                context.setAuthentication(accepted.authentication());
                securityContext.setContext(context);
                try {
                    chain.doFilter(request, response);
                } finally {
                    securityContext.clearContext();
                }
            }
            case ApiTokenAuthenticator.Outcome.Unknown unknown -> refuse(request, response, "invalid-token",
                    "The token is not one this server issued.");
            case ApiTokenAuthenticator.Outcome.Refused refused -> refuse(request, response, refused.reason().code(),
                    switch (refused.reason()) {
                        case REVOKED -> "The token was revoked.";
                        case EXPIRED -> "The token has expired.";
                        case OWNER_DISABLED -> "The token's owner may no longer sign in.";
                    });
            case ApiTokenAuthenticator.Outcome.Throttled throttled -> {
                long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "More than "
                        + throttled.perMinute() + " requests a minute with this token: try again in " + seconds
                        + (seconds == 1 ? " second." : " seconds."));
            }
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String code, String detail)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, code, detail);
    }
}
