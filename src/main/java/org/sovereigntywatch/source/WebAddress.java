package org.sovereigntywatch.source;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Web addresses as sources keep them. Addresses copied from a browser or a document may hold characters that a web
 * address may not carry as they are ({@code "}, {@code <}, {@code >}, spaces…): browsers percent-encode them when
 * they follow the link, and so does {@link #normalize}, so such an address is accepted and stored as the browser would
 * send it. What still is not an http(s) address gets a message naming the problem.
 * <p>
 * A site's name may be internationalised ({@code https://例え.jp/}): it is kept readable, in the canonical form of
 * IDNA ({@link IDN#toUnicode} of {@link IDN#toASCII}, so {@code XN--R8JZ45G.jp}, {@code 例え。jp} and {@code 例え.jp}
 * are stored alike), and checked and compared in its ASCII form ({@link #withAsciiHost}), as browsers send it.
 */
public final class WebAddress {

    /**
     * Why an address is not one the app links to. The kind names the text that says so: {@code source.address.<kind>}
     * next to a form field, {@code source.cell.<kind>} for a cell of a file; for a character an address cannot carry
     * as it is, that character and how to write it instead (empty for the other kinds).
     */
    public record Problem(Kind kind, String character, String escaped) {

        public enum Kind {
            /** Not an http or https address. */
            NOT_WEB,
            /** An http or https address without the site's name. */
            NO_SITE,
            /** An address holding a character it cannot carry as it is. */
            CHARACTER
        }

        static Problem of(Kind kind) {
            return new Problem(kind, "", "");
        }

        /** The key of the text saying so, under {@code prefix}: {@code source.address.no-site}. */
        public String key(String prefix) {
            return prefix + "." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Characters percent-encoded as browsers do; the rest of RFC 3986's excluded characters get a message. */
    private static final String ENCODED = "\"<>^`{|}";

    private WebAddress() {
    }

    /**
     * The address without the spaces (and invisible characters) around it, with an internationalised site's name in
     * its canonical readable form, with the characters an address may not carry as they are
     * percent-encoded ({@code "} becomes {@code %22}), and with a {@code %} that starts no escape written
     * {@code %25}. Escapes already there are kept, so normalizing twice changes nothing.
     */
    public static String normalize(String address) {
        String text = trim(address);
        if (isPlain(text)) {
            return text;
        }
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
        return withHost(normal.toString(), WebAddress::readableHost);
    }

    /**
     * The {@linkplain #normalize normalized} address with its site's name in ASCII, as browsers send it
     * ({@code https://xn--r8jz45g.jp/}); unchanged where the name is ASCII already or no valid internationalised name.
     */
    public static String withAsciiHost(String address) {
        return asciiHostOf(normalize(address));
    }

    private static String asciiHostOf(String normal) {
        return withHost(normal, host -> asciiHost(host).orElse(host));
    }

    /** Why {@code address} is not an http(s) address the app can link to, once normalized; empty if it is one. */
    public static Optional<Problem> problemWith(String address) {
        String normal = normalize(address);
        if (!normal.regionMatches(true, 0, "http://", 0, 7) && !normal.regionMatches(true, 0, "https://", 0, 8)) {
            return Optional.of(Problem.of(Problem.Kind.NOT_WEB));
        }
        try {
            String host = new URI(asciiHostOf(normal)).getHost();
            return host == null || host.isBlank() ? Optional.of(Problem.of(Problem.Kind.NO_SITE)) : Optional.empty();
        } catch (URISyntaxException invalid) {
            int at = invalid.getIndex();
            if (at < 0 || at >= normal.length()) {
                return Optional.of(Problem.of(Problem.Kind.NO_SITE));
            }
            int offending = normal.codePointAt(at);
            StringBuilder escaped = new StringBuilder();
            for (byte octet : Character.toString(offending).getBytes(StandardCharsets.UTF_8)) {
                escaped.append(escape(octet));
            }
            return Optional.of(new Problem(Problem.Kind.CHARACTER, Character.toString(offending), escaped.toString()));
        }
    }

    /**
     * Without what surrounds the address when it is copied from a document: spaces of every kind (a no-break space
     * included), line breaks, and invisible characters such as a zero-width space or a byte-order mark. Also what
     * {@link SourceCell} removes around a cell.
     */
    static String trim(String address) {
        int start = 0;
        int end = address.length();
        while (start < end && isPadding(address.codePointAt(start))) {
            start += Character.charCount(address.codePointAt(start));
        }
        while (end > start && isPadding(address.codePointBefore(end))) {
            end -= Character.charCount(address.codePointBefore(end));
        }
        return address.substring(start, end);
    }

    private static boolean isPadding(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT;
    }

    /** {@code address} with the host of its http(s) authority replaced by {@code rewrite}'s; unchanged otherwise. */
    private static String withHost(String address, UnaryOperator<String> rewrite) {
        int scheme = address.indexOf("://");
        if (scheme < 0 || !isWebScheme(address.substring(0, scheme))) {
            return address;
        }
        int authorityStart = scheme + 3;
        int authorityEnd = authorityStart;
        while (authorityEnd < address.length() && "/?#".indexOf(address.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        int hostStart = address.lastIndexOf('@', authorityEnd - 1) + 1;
        hostStart = Math.max(hostStart, authorityStart);
        if (hostStart < authorityEnd && address.charAt(hostStart) == '[') {
            // An IPv6 literal: no name to convert.
            return address;
        }
        int port = address.indexOf(':', hostStart);
        int hostEnd = port >= 0 && port < authorityEnd ? port : authorityEnd;
        String host = address.substring(hostStart, hostEnd);
        return address.substring(0, hostStart) + rewrite.apply(host) + address.substring(hostEnd);
    }

    private static boolean isWebScheme(String scheme) {
        return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
    }

    /** An internationalised name in IDNA's canonical readable form; any other name as it is. */
    private static String readableHost(String host) {
        return isInternationalised(host) ? asciiHost(host).map(IDN::toUnicode).orElse(host) : host;
    }

    private static Optional<String> asciiHost(String host) {
        if (!isInternationalised(host)) {
            return Optional.of(host);
        }
        try {
            return Optional.of(IDN.toASCII(host, IDN.ALLOW_UNASSIGNED));
        } catch (IllegalArgumentException notAName) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@link #normalize} would leave the address as it is: printable ASCII without a character to encode, a
     * {@code %} or anything like a name in IDNA's ASCII form. Most addresses are, and skip the rest of the work (an
     * import checks tens of thousands).
     */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 127 || c == '%' || ENCODED.indexOf(c) >= 0) {
                return false;
            }
        }
        return !text.toLowerCase(Locale.ROOT).contains("xn--");
    }

    /** A name with characters beyond ASCII, or already in IDNA's ASCII form (a label starting with {@code xn--}). */
    private static boolean isInternationalised(String host) {
        return !host.chars().allMatch(c -> c < 128)
                || ("." + host.toLowerCase(Locale.ROOT)).contains(".xn--");
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
