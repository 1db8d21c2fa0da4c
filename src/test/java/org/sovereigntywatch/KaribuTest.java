package org.sovereigntywatch;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

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
    private final List<String> addressesWritten = new ArrayList<>();
    private final List<String> pagesLoaded = new ArrayList<>();
    private final Function1<PendingJavaScriptInvocation, Unit> addressRecorder = this::recordAddress;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        karibuLogin = new KaribuLogin(userDetailsService, securityContext);
        KaribuConfig.getPendingJavascriptInvocationHandlers().add(addressRecorder);
        // The tests' browser asks for British English, the app's own, as the browser suite's does.
        browserPrefers(Locale.UK);
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        KaribuConfig.getPendingJavascriptInvocationHandlers().remove(addressRecorder);
        MockVaadin.tearDown();
    }

    /** Signs in as this demo user (viewer, analyst, reviewer or admin), as the login form would. */
    protected void login(String username) {
        karibuLogin.login(username);
    }

    protected void logout() {
        karibuLogin.logout();
    }

    /**
     * A browser sending {@code Accept-Language: locale} opens the app: the page is loaded again to make its UI, which
     * takes the locale the app chooses for it (the signed-in user's own choice wins).
     */
    protected static void browserPrefers(Locale locale) {
        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest()).setLocaleInt(locale);
        UI.getCurrent().getPage().reload();
    }

    /** Opens an address with its query, as the browser's address bar would. */
    protected static void navigate(String address) {
        int query = address.indexOf('?');
        UI.getCurrent().navigate(query < 0 ? address : address.substring(0, query),
                QueryParameters.fromString(query < 0 ? "" : address.substring(query + 1)));
    }

    /**
     * The SQL statements it takes to open an address from the dashboard, the page's response included (a grid reads
     * its rows then). For a view's cost: the same view opened with more filters in its address may not read more.
     */
    protected long statementsToOpen(String address) {
        return open(address).getPrepareStatementCount();
    }

    /** How many times the queries {@code which} accepts (their JPQL) ran to open an address from the dashboard. */
    protected long queriesToOpen(String address, Predicate<String> which) {
        Statistics statistics = open(address);
        return Stream.of(statistics.getQueries()).filter(which)
                .mapToLong(query -> statistics.getQueryStatistics(query).getExecutionCount()).sum();
    }

    private Statistics open(String address) {
        UI.getCurrent().navigate("");
        Statistics statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class)
                .getStatistics();
        statistics.clear();
        navigate(address);
        MockVaadin.clientRoundtrip(false);
        return statistics;
    }

    /**
     * Waits for work a view runs off the UI's lock ({@code BackgroundTask}) until {@code done}: its result reaches the
     * page through the UI's queue, which the test thread (holding the session's lock) runs here as a browser's poll
     * would. Fails after 20 s.
     */
    protected static void awaitUi(BooleanSupplier done) {
        eventually(() -> {
            MockVaadin.clientRoundtrip(false);
            return done.getAsBoolean();
        });
    }

    /** Asks {@code done} again and again until it holds; fails after 20 s. */
    protected static void eventually(BooleanSupplier done) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("still not done after 20 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }

    /** The address a view last put into the browser's address bar (with {@code history.replaceState}). */
    protected String lastAddressWritten() {
        MockVaadin.clientRoundtrip(false);
        assertThat(addressesWritten).as("addresses written").isNotEmpty();
        return addressesWritten.getLast();
    }

    /** The address a view last sent the browser to with a full page load ({@code Page.setLocation}). */
    protected String lastPageLoaded() {
        MockVaadin.clientRoundtrip(false);
        assertThat(pagesLoaded).as("page loads asked for").isNotEmpty();
        return pagesLoaded.getLast();
    }

    /** Asserts that {@code address} is {@code path} with these query parameters, in any order. */
    protected static void assertAddress(String address, String path, String... parameters) {
        int query = address.indexOf('?');
        assertThat(query < 0 ? address : address.substring(0, query)).isEqualTo(path);
        List<String> given = query < 0 ? List.of() : List.of(address.substring(query + 1).split("&"));
        assertThat(given).containsExactlyInAnyOrder(parameters);
    }

    /** Notes the addresses written by the JavaScript Karibu runs at the end of each simulated request. */
    private Unit recordAddress(PendingJavaScriptInvocation call) {
        String script = call.getInvocation().getExpression();
        // Vaadin replaces the history entry itself, or asks its client-side router to (with React enabled).
        if (script.contains("history.replaceState") || script.contains("'vaadin-navigate'") && script.contains("replace: true")) {
            addressesWritten.add(String.valueOf(call.getInvocation().getParameters().get(1)));
        }
        if (script.contains("window.open") && call.getInvocation().getParameters().contains("_self")) {
            pagesLoaded.add(String.valueOf(call.getInvocation().getParameters().getFirst()));
        }
        return Unit.INSTANCE;
    }
}
