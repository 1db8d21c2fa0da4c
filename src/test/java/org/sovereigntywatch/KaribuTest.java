package org.sovereigntywatch;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of the browserless UI tests: a mocked Vaadin servlet on the shared application context, with every
 * {@code @Route} found by scanning, and {@link #login(String)} to act as one of the demo users. Navigation a user may
 * not make shows the application's own {@code AccessDeniedView}, as in the browser.
 */
@IntegrationTest
public abstract class KaribuTest {

    public static final Routes ROUTES = new Routes().autoDiscoverViews("org.sovereigntywatch");

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserDetailsService userDetailsService;

    @Autowired
    private SecurityContextHolderStrategy securityContext;

    private KaribuLogin karibuLogin;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        karibuLogin = new KaribuLogin(userDetailsService, securityContext);
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Signs in as this demo user (viewer, analyst, reviewer or admin), as the login form would. */
    protected void login(String username) {
        karibuLogin.login(username);
    }

    protected void logout() {
        karibuLogin.logout();
    }
}
