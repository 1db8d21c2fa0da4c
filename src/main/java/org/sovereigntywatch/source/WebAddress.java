package org.sovereigntywatch.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Web addresses as sources keep them. Addresses copied from a browser or a document may hold characters that a web
 * address may not carry as they are ({@code "}, {@code <}, {@code >}, spaces…): browsers percent-encode them when
 * they follow the link, and so does {@link #normalize}, so such an address is accepted and stored as the browser would
 * send it. What still is not an http(s) address gets a message naming the problem.
 */
public final class WebAddress {

    static final String NOT_WEB = "Enter a web address starting with http:// or https://";
    static final String NO_SITE = NOT_WEB + " and the site's name, as in https://example.org/page";

    /** Characters percent-encoded as browsers do; the rest of RFC 3986's excluded characters get a message. */
    private static final String ENCODED = "\"<>^`{|}";

    private WebAddress() {
    }

    /**
     * The address without the spaces around it, with the characters an address may not carry as they are
     * percent-encoded ({@code "} becomes {@code %22}), and with a {@code %} that starts no escape written
     * {@code %25}. Escapes already there are kept, so normalizing twice changes nothing.
     */
    public static String normalize(String address) {
        String text = address.strip();
        StringBuilder normal = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            boolean encode = ENCODED.indexOf(codePoint) >= 0 || Character.isISOControl(codePoint)
                    || Character.isSpaceChar(codePoint);
            if (encode) {
                for (byte octet : Character.toString(codePoint).getBytes(StandardCharsets.UTF_8)) {
                    normal.append(escape(octet));
                }
            } else {
                normal.appendCodePoint(codePoint);
            }
        });
        for (int i = normal.indexOf("%"); i >= 0; i = normal.indexOf("%", i + 1)) {
            if (!isEscape(normal, i)) {
                normal.replace(i, i + 1, "%25");
            }
        }
        return normal.toString();
    }

    /** Why {@code address} is not an http(s) address the app can link to, once normalized; empty if it is one. */
    public static Optional<String> problemWith(String address) {
        String normal = normalize(address);
        if (!normal.regionMatches(true, 0, "http://", 0, 7) && !normal.regionMatches(true, 0, "https://", 0, 8)) {
            return Optional.of(NOT_WEB);
        }
        try {
            String host = new URI(normal).getHost();
            return host == null || host.isBlank() ? Optional.of(NO_SITE) : Optional.empty();
        } catch (URISyntaxException invalid) {
            int at = invalid.getIndex();
            if (at < 0 || at >= normal.length()) {
                return Optional.of(NO_SITE);
            }
            int offending = normal.codePointAt(at);
            StringBuilder escaped = new StringBuilder();
            for (byte octet : Character.toString(offending).getBytes(StandardCharsets.UTF_8)) {
                escaped.append(escape(octet));
            }
            return Optional.of("A web address cannot contain “" + Character.toString(offending)
                    + "” as it is: write it as " + escaped);
        }
    }

    private static boolean isEscape(CharSequence text, int percent) {
        return percent + 2 < text.length() && isHex(text.charAt(percent + 1)) && isHex(text.charAt(percent + 2));
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }

    private static String escape(byte octet) {
        return "%" + String.format(Locale.ROOT, "%02X", octet & 0xFF);
    }
}
