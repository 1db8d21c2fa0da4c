package org.sovereigntywatch.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Makes every request of a signed-in session answer to the database, Vaadin's own requests included: a session ended
 * in the registry (signed out elsewhere, ended by its user or an admin, its user disabled or their password reset,
 * past its absolute lifetime) is invalidated before anything else runs, so the request continues as a visitor's and
 * the next page is the sign-in page; a session whose user's row changed (role, jurisdictions, a step done) gets a
 * principal rebuilt from that row. One query per request; static resources are not checked.
 */
final class SessionGuard extends OncePerRequestFilter {

    private final SessionRegistry registry;
    private final AppUserDetailsService users;
    private final SecurityContextHolderStrategy securityContext;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    SessionGuard(SessionRegistry registry, AppUserDetailsService users, SecurityContextHolderStrategy securityContext) {
        this.registry = registry;
        this.users = users;
        this.securityContext = securityContext;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Vaadin's static bundle: no data behind it, and a page load asks for many files.
        return request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            Optional<SessionState> state = SessionRegistry.keyOf(session)
                    .flatMap(key -> registry.check(key, !isHeartbeat(request)))
                    .filter(found -> found.userId() == principal.getUserId());
            if (state.isEmpty()) {
                endHere(session);
            } else if (isStale(principal, state.get())) {
                Optional<AppUserPrincipal> fresh = users.reload(principal.getUserId(), state.get().pendingSteps());
                if (fresh.isPresent()) {
                    replace(fresh.get(), request, response);
                } else {
                    endHere(session);
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isStale(AppUserPrincipal principal, SessionState state) {
        return principal.getUserVersion() != state.userVersion() || !principal.getPendingSteps().equals(state.pendingSteps());
    }

    private void endHere(HttpSession session) {
        securityContext.clearContext();
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // another request of the same session got here first
        }
    }

    private void replace(AppUserPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        securityContext.setContext(context);
        contextRepository.saveContext(context, request, response);
    }

    /** Read from the query string: asking for parameters could read a request body meant for Vaadin. */
    private static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }
}
