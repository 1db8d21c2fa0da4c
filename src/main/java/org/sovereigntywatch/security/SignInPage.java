package org.sovereigntywatch.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;

import java.io.IOException;

/**
 * The sign-in page's address and the query parameters by which the security filters tell it why the visitor is back
 * there. The page ({@code LoginView}) turns them into words.
 */
public final class SignInPage {

    /** Where the form is shown and where it posts the username and password. */
    public static final String PATH = "/login";
    /** The username or password was wrong, or the user may not sign in: one message for all, so it never tells which. */
    public static final String FAILED = "error";
    /** The form was older than the visitor's session (its CSRF token was unknown): sign in again. */
    public static final String EXPIRED = "expired";

    private static final RedirectStrategy REDIRECT = new DefaultRedirectStrategy();

    private SignInPage() {
    }

    /** Sends the browser back to the sign-in page because its form had expired. */
    static void redirectExpired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        REDIRECT.sendRedirect(request, response, PATH + "?" + EXPIRED);
    }
}
