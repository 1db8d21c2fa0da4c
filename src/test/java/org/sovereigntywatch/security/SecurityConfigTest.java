package org.sovereigntywatch.security;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

/** Requests through the real security filter chain, for addresses that are no view at all. */
@IntegrationTest
class SecurityConfigTest {

    @Autowired @Qualifier("springSecurityFilterChain") Filter securityFilterChain;
    @Autowired AppUserDetailsService users;
    @Autowired ApplicationContext context;

    @Test
    void a_signed_in_user_reaches_the_application_at_an_unknown_address_to_be_told_there_is_nothing_there()
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/no-such-page");
        UserDetails viewer = users.loadUserByUsername("viewer");
        request.getSession().setAttribute(SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(viewer, null, viewer.getAuthorities())));
        request.getSession().setAttribute(SessionRegistry.KEY,
                SignedInElsewhere.signIn(context, "viewer", "a test browser", "127.0.0.1"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain application = new MockFilterChain();

        securityFilterChain.doFilter(request, response, application);

        assertThat(response.getStatus()).isNotEqualTo(403);
        assertThat(application.getRequest()).as("the request went on to the application").isNotNull();
    }

    @Test
    void a_visitor_who_is_not_signed_in_is_sent_to_the_login() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/no-such-page");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain application = new MockFilterChain();

        securityFilterChain.doFilter(request, response, application);

        assertThat(application.getRequest()).isNull();
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }
}
