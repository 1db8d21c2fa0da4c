package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The session id travels only in a cookie scripts cannot read, that other sites' requests do not carry. */
@ServerTest
class SessionCookieTest {

    @LocalServerPort
    int port;

    @Test
    void the_session_cookie_is_out_of_scripts_reach_and_stays_on_this_site() {
        HttpResponse<String> page = new PlainBrowser(port, "192.0.2.11").get("/login");

        assertThat(sessionCookie(page)).contains("; HttpOnly").contains("; SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void the_session_cookie_is_secure_when_the_request_came_over_https_through_a_trusted_proxy() {
        HttpResponse<String> page = new PlainBrowser(port, "192.0.2.12").get("/login", "X-Forwarded-Proto", "https");

        assertThat(sessionCookie(page)).contains("; Secure").contains("; HttpOnly").contains("; SameSite=Lax");
    }

    @Test
    void no_session_id_is_put_in_an_address() {
        // The outside check found /VAADIN/ redirecting to login;jsessionid=…
        HttpResponse<String> redirect = new PlainBrowser(port, "192.0.2.13").get("/VAADIN/");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(PlainBrowser.location(redirect)).endsWith("/login").doesNotContainIgnoringCase("jsessionid");
        assertThat(sessionCookie(redirect)).isNotEmpty();
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElse("");
    }
}
