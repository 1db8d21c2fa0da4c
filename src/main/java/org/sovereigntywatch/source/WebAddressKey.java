package org.sovereigntywatch.source;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When two web addresses point to the same page, for the likely-duplicate warning: the scheme and the host ignore
 * case, and a trailing slash makes no difference ({@code HTTPS://Example.org/a/} is {@code https://example.org/a}).
 * The path, the query and the fragment keep their case: servers may tell them apart. An internationalised site's name
 * is compared in its ASCII form ({@link WebAddress#withAsciiHost}): {@code https://例え.jp/} is
 * {@code https://xn--r8jz45g.jp}.
 */
final class WebAddressKey {

    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");

    private final String base;
    private final String rest;
    private final Set<String> lookups;

    private WebAddressKey(String base, String rest, Set<String> lookups) {
        this.base = base;
        this.rest = rest;
        this.lookups = lookups;
    }

    static WebAddressKey of(String url) {
        String readable = WebAddress.normalize(url);
        Parts ascii = Parts.of(WebAddress.withAsciiHost(readable));
        Set<String> lookups = new HashSet<>();
        // Sources are stored with readable names, but some were recorded in the ASCII form: look both up.
        for (Parts stored : List.of(ascii, Parts.of(readable))) {
            lookups.add((stored.base() + stored.rest()).toLowerCase(Locale.ROOT));
            lookups.add((stored.base() + "/" + stored.rest()).toLowerCase(Locale.ROOT));
        }
        return new WebAddressKey(ascii.base(), ascii.rest(), Set.copyOf(lookups));
    }

    /**
     * The scheme, authority and path without trailing slashes, the first two in lower case; then the query and the
     * fragment. An address that does not parse is compared as typed, but for a trailing slash.
     */
    private record Parts(String base, String rest) {

        static Parts of(String address) {
            try {
                URI uri = new URI(address);
                if (uri.getScheme() != null && uri.getRawAuthority() != null) {
                    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
                    String base = uri.getScheme().toLowerCase(Locale.ROOT) + "://"
                            + uri.getRawAuthority().toLowerCase(Locale.ROOT)
                            + TRAILING_SLASHES.matcher(path).replaceAll("");
                    String rest = (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                            + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
                    return new Parts(base, rest);
                }
            } catch (URISyntaxException notAnAddress) {
                // Compared as typed, but for a trailing slash.
            }
            return new Parts(TRAILING_SLASHES.matcher(address).replaceAll(""), "");
        }
    }

    /**
     * The stored addresses to look up, lower-cased, with and without the trailing slash, with the site's name readable
     * and in ASCII: the query compares them with {@code lower(url)}, and {@link #equals} then keeps those whose path
     * matches in case too.
     */
    Set<String> lookups() {
        return lookups;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WebAddressKey key && base.equals(key.base) && rest.equals(key.rest);
    }

    @Override
    public int hashCode() {
        return base.hashCode() * 31 + rest.hashCode();
    }
}
