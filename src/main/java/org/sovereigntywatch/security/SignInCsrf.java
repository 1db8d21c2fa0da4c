package org.sovereigntywatch.security;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;

/**
 * Spring's CSRF protection, the sign-in form included. Vaadin's security configurer exempts the sign-in POST
 * (vaadin/flow#17427), which lets another site sign a visitor in to an account of the attacker's choosing, so that
 * what the visitor then records lands in the attacker's hands ("login CSRF"); {@code SecurityConfig} turns that part
 * of Vaadin's configuration off and this class does the rest. The form needs no change: Vaadin writes the token into
 * the page's head ({@code _csrf} meta tags) and {@code vaadin-login-form} posts it with the username and password.
 * <p>
 * Vaadin's own requests (UIDL, heartbeat, uploads) stay exempt, as Vaadin's configurer has them: each carries
 * Vaadin's own per-UI token, which Vaadin checks.
 */
@Component
class SignInCsrf {

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, SignInPage.PATH);

    private final RequestUtil vaadinRequests;

    SignInCsrf(RequestUtil vaadinRequests) {
        this.vaadinRequests = vaadinRequests;
    }

    void applyTo(HttpSecurity http) {
        http.csrf(csrf -> csrf
                .ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(refusal());
                        return filter;
                    }
                }));
    }

    /**
     * A sign-in form left open longer than its session lives posts a token the new session does not know: send it
     * back to a fresh sign-in page that says so, rather than to a bare 403. Any other refusal stays a 403.
     */
    private static AccessDeniedHandler refusal() {
        var handlers = new LinkedHashMap<RequestMatcher, AccessDeniedHandler>();
        handlers.put(SIGN_IN, (request, response, refused) -> SignInPage.redirectExpired(request, response));
        return new RequestMatcherDelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
    }
}
