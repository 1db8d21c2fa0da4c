package org.sovereigntywatch.security;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** For UI tests: a session of a user opened in another browser, registered as a real sign-in registers it. */
public final class SignedInElsewhere {

    private SignedInElsewhere() {
    }

    /** Signs the user in from another browser; the registry key of that session. */
    public static String signIn(ApplicationContext context, String username, String userAgent, String address) {
        var principal = (AppUserPrincipal) context.getBean(AppUserDetailsService.class).loadUserByUsername(username);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.addHeader("User-Agent", userAgent);
        request.setRemoteAddr(address);
        context.getBean(SessionRegistry.class).onAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()),
                request, new MockHttpServletResponse());
        return SessionRegistry.keyOf(request.getSession()).orElseThrow();
    }

    /** Why the session with this key ended, or null while it is open. */
    public static SessionEnd endOf(ApplicationContext context, String key) {
        return context.getBean(UserSessionRepository.class).findById(key).orElseThrow().getEndReason();
    }
}
