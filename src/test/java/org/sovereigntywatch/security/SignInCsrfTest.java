package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login CSRF: another site must not be able to sign a visitor in to an account of its choosing. The sign-in POST
 * needs the token the sign-in page gives its form.
 */
@ServerTest
class SignInCsrfTest {

    @LocalServerPort
    int port;

    @Test
    void a_sign_in_with_the_token_the_form_sends_works() {
        PlainBrowser browser = new PlainBrowser(port, "192.0.2.21");

        HttpResponse<String> signIn = browser.signIn("viewer", "viewer-password");

        assertThat(PlainBrowser.location(signIn)).doesNotContain("/login");
        assertThat(browser.isSignedIn()).isTrue();
    }

    @Test
    void a_sign_in_post_without_the_token_is_refused_and_signs_no_one_in() {
        PlainBrowser browser = new PlainBrowser(port, "192.0.2.22");
        browser.csrfTokenOfTheSignInPage();

        HttpResponse<String> forged = browser.postForm("/login", Map.of("username", "viewer", "password", "viewer-password"));

        assertThat(PlainBrowser.location(forged)).endsWith("/login?expired");
        assertThat(browser.isSignedIn()).isFalse();
    }

    @Test
    void a_cross_site_post_from_a_browser_with_no_session_is_refused() {
        PlainBrowser browser = new PlainBrowser(port, "192.0.2.23");

        HttpResponse<String> forged = browser.postForm("/login",
                Map.of("_csrf", "made-up", "username", "viewer", "password", "viewer-password"),
                "Origin", "https://attacker.example");

        assertThat(PlainBrowser.location(forged)).endsWith("/login?expired");
        assertThat(browser.isSignedIn()).isFalse();
    }

    @Test
    void dressing_the_post_up_as_a_vaadin_request_does_not_get_it_past_the_check() {
        PlainBrowser browser = new PlainBrowser(port, "192.0.2.24");
        browser.csrfTokenOfTheSignInPage();

        HttpResponse<String> forged = browser.postForm("/login?v-r=uidl",
                Map.of("username", "viewer", "password", "viewer-password"));

        assertThat(PlainBrowser.location(forged)).contains("/login?expired");
        assertThat(browser.isSignedIn()).isFalse();
    }
}
