package org.sovereigntywatch.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;

import java.io.IOException;
import java.time.Duration;

/**
 * The sign-in page's address and the query parameters by which the security filters tell it why the visitor is back
 * there. The page ({@code LoginView}) turns them into words.
 */
public final class SignInPage {

    /** Where the form is shown and where it posts the username and password. */
    public static final String PATH = "/login";
    /** The username or password was wrong, or the user may not sign in: one message for all, so it never tells which. */
    public static final String FAILED = "error";
    /** Sign-in is paused after repeated failures; the value is how many seconds to wait. */
    public static final String WAIT = "wait";
    /** The form was older than the visitor's session (its CSRF token was unknown): sign in again. */
    public static final String EXPIRED = "expired";

    private static final RedirectStrategy REDIRECT = new DefaultRedirectStrategy();

    private SignInPage() {
    }

    /** Sends the browser back to the sign-in page after a failed or refused attempt. */
    static void redirect(HttpServletRequest request, HttpServletResponse response, boolean failed, Duration wait)
            throws IOException {
        StringBuilder address = new StringBuilder(PATH);
        char separator = '?';
        if (failed) {
            address.append(separator).append(FAILED);
            separator = '&';
        }
        if (wait.isPositive()) {
            address.append(separator).append(WAIT).append('=').append(wait.toSeconds());
        }
        REDIRECT.sendRedirect(request, response, address.toString());
    }

    /** Sends the browser back to the sign-in page because its form had expired. */
    static void redirectExpired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        REDIRECT.sendRedirect(request, response, PATH + "?" + EXPIRED);
    }
}
