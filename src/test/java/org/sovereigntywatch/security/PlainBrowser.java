package org.sovereigntywatch.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without JavaScript against the real server: keeps its session cookie, follows no redirect, and comes from
 * the client address it is given (sent as X-Forwarded-For, which the server trusts from a loopback proxy), so that
 * tests do not share the sign-in throttle's per-address buckets.
 */
final class PlainBrowser {

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String clientAddress;
    private String sessionId = "";

    PlainBrowser(int port, String clientAddress) {
        this.base = "http://127.0.0.1:" + port;
        this.clientAddress = clientAddress;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), UTF_8) + "=" + URLEncoder.encode(field.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The CSRF token as the sign-in page gives it to its form (Vaadin's {@code _csrf} meta tag). */
    String csrfTokenOfTheSignInPage() {
        HttpResponse<String> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher token = CSRF_META.matcher(page.body());
        assertThat(token.find()).as("the sign-in page carries a CSRF token").isTrue();
        return token.group(1);
    }

    /** Signs in as the login form does: username, password and the page's CSRF token. */
    HttpResponse<String> signIn(String username, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrfTokenOfTheSignInPage());
        fields.put("username", username);
        fields.put("password", password);
        return postForm("/login", fields);
    }

    /** Whether the application lets this browser in, rather than sending it to the sign-in page. */
    boolean isSignedIn() {
        HttpResponse<String> home = get("/");
        return home.statusCode() == 200;
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("X-Forwarded-For", clientAddress);
        if (!sessionId.isEmpty()) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        List<String> extra = new ArrayList<>(List.of(headers));
        for (int i = 0; i + 1 < extra.size(); i += 2) {
            request.header(extra.get(i), extra.get(i + 1));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(cookie -> {
                Matcher session = SESSION_COOKIE.matcher(cookie);
                if (session.find()) {
                    sessionId = session.group(1);
                }
            });
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
