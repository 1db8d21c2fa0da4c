package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The browser-side protections, as a browser receives them from the real server. */
@ServerTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void the_sign_in_page_a_vaadin_page_carries_the_browser_protections() {
        HttpResponse<String> page = new PlainBrowser(port, "192.0.2.1").get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertProtected(page.headers());
    }

    @Test
    void an_application_page_of_a_signed_in_user_is_protected_and_never_stored() {
        PlainBrowser browser = new PlainBrowser(port, "192.0.2.2");
        browser.signIn("viewer", "viewer-password");

        HttpResponse<String> page = browser.get("/concerns");

        assertThat(page.statusCode()).isEqualTo(200);
        assertProtected(page.headers());
    }

    @Test
    void redirects_carry_them_too() {
        HttpResponse<String> redirect = new PlainBrowser(port, "192.0.2.3").get("/concerns");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertProtected(redirect.headers());
    }

    @Test
    void over_plain_http_browsers_are_not_told_to_insist_on_https() {
        HttpResponse<String> page = new PlainBrowser(port, "192.0.2.4").get("/login");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void over_https_through_a_trusted_proxy_browsers_are_told_to_use_https_only() {
        HttpResponse<String> page = new PlainBrowser(port, "192.0.2.5").get("/login", "X-Forwarded-Proto", "https");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    }

    private static void assertProtected(HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'")
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'none'"));
        assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
    }
}
