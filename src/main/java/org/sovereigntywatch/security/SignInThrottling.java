package org.sovereigntywatch.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;

/**
 * Puts the {@link SignInThrottle} in front of the sign-in form. A POST of the form while its account or address must
 * wait goes straight back to the sign-in page, saying how long to wait, before anything looks at the password; a
 * failed sign-in goes back there too, saying how long the next try must wait if it must. The client's address is the
 * request's remote address: behind a trusted reverse proxy Tomcat has already taken it from X-Forwarded-For.
 */
@Component
class SignInThrottling {

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, SignInPage.PATH);

    private final SignInThrottle throttle;
    private final SecurityContextHolderStrategy securityContext;
    private final SecurityLog securityLog;

    /** @param securityContext the strategy Vaadin registers, which the sign-in filter stores the signed-in user in */
    SignInThrottling(SignInThrottle throttle, SecurityContextHolderStrategy securityContext, SecurityLog securityLog) {
        this.throttle = throttle;
        this.securityContext = securityContext;
        this.securityLog = securityLog;
    }

    void applyTo(HttpSecurity http) {
        http.addFilterBefore(new RefuseWhileThrottled(), UsernamePasswordAuthenticationFilter.class);
        http.formLogin(form -> form.failureHandler(this::signInFailed));
    }

    private void signInFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        SignInPage.redirect(request, response, true,
                throttle.waitBeforeNextTry(username(request), request.getRemoteAddr()));
    }

    private static String username(HttpServletRequest request) {
        String username = request.getParameter(UsernamePasswordAuthenticationFilter.SPRING_SECURITY_FORM_USERNAME_KEY);
        return username == null ? "" : username;
    }

    private boolean signedIn() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Not a bean, so that it runs only inside the security filter chain, at the sign-in form's POST. */
    private final class RefuseWhileThrottled extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !SIGN_IN.matches(request);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String username = username(request);
            String address = request.getRemoteAddr();
            Duration wait = throttle.reserve(username, address);
            if (wait.isPositive()) {
                // Refused before the password is checked, so Spring publishes no failure event: log it here.
                securityLog.recordAs(username, SecurityEventType.SIGN_IN_THROTTLED, null,
                        "Refused unchecked; next try allowed in " + wait.toSeconds() + " s");
                SignInPage.redirect(request, response, false, wait);
                return;
            }
            chain.doFilter(request, response);
            // The sign-in filter stores a successful sign-in in the context and clears it after a failure.
            if (signedIn()) {
                throttle.signedIn(username, address);
            }
        }
    }
}
