package org.sovereigntywatch;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

/**
 * Signs a user in and out of the current mocked Vaadin session, as the login form would: for the UI tests and for the
 * benchmark's sessions.
 *
 * @param securityContext the strategy Vaadin and method security read; the static SecurityContextHolder may belong
 *                        to another application context of the test run
 */
public record KaribuLogin(UserDetailsService users, SecurityContextHolderStrategy securityContext) {

    public void login(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = securityContext.createEmptyContext();
        context.setAuthentication(authentication);
        securityContext.setContext(context);
        // Where a real sign-in keeps it: Vaadin's security context strategy reads it from the HTTP session.
        VaadinSession.getCurrent().getSession().setAttribute(SPRING_SECURITY_CONTEXT_KEY, context);
        // Vaadin's view access checks ask the request, not the security context.
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }

    public void logout() {
        securityContext.clearContext();
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().getSession().removeAttribute(SPRING_SECURITY_CONTEXT_KEY);
        }
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }
}
