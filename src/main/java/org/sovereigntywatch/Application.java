package org.sovereigntywatch;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Sovereignty Watch: platform-policy timelines and data-sovereignty concerns, per jurisdiction.
 * <p>
 * Push is on, so the server can update an open page (the notifications' bell) without a request from it; it uses
 * Vaadin's pre-built client. Only stylesheets are loaded here, never frontend modules, so Vaadin keeps using its pre-built bundles and the build
 * never needs Node.js.
 */
@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    /** Said once everything that runs at start-up (migrations, seeding, demo data) is done. */
    public static final String READY = "Sovereignty Watch is ready";

    private static final Logger log = LoggerFactory.getLogger(Application.class);

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /**
     * Tomcat answers before the start-up runners have seeded the jurisdictions and the demo users, so "the port
     * answers" does not mean "users can sign in"; this line does (the browser tests wait for it).
     */
    @EventListener(ApplicationReadyEvent.class)
    void announceReady() {
        log.info(READY);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/globe.svg", "any");
    }
}
