package org.sovereigntywatch.source;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * When two web addresses point to the same page, for the likely-duplicate warning: the scheme and the host ignore
 * case, and a trailing slash makes no difference ({@code HTTPS://Example.org/a/} is {@code https://example.org/a}).
 * The path, the query and the fragment keep their case: servers may tell them apart.
 */
final class WebAddressKey {

    private final String base;
    private final String rest;

    private WebAddressKey(String base, String rest) {
        this.base = base;
        this.rest = rest;
    }

    static WebAddressKey of(String url) {
        String address = WebAddress.normalize(url);
        try {
            URI uri = new URI(address);
            if (uri.getScheme() != null && uri.getRawAuthority() != null) {
                String path = uri.getRawPath() == null ? "" : uri.getRawPath();
                String base = uri.getScheme().toLowerCase(Locale.ROOT) + "://"
                        + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path.replaceAll("/+$", "");
                String rest = (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
                return new WebAddressKey(base, rest);
            }
        } catch (URISyntaxException notAnAddress) {
            // Compared as typed, but for a trailing slash.
        }
        return new WebAddressKey(address.replaceAll("/+$", ""), "");
    }

    /**
     * The stored addresses to look up, lower-cased, with and without the trailing slash: the query compares them with
     * {@code lower(url)}, and {@link #equals} then keeps those whose path matches in case too.
     */
    Set<String> lookups() {
        return Set.of((base + rest).toLowerCase(Locale.ROOT), (base + "/" + rest).toLowerCase(Locale.ROOT));
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
