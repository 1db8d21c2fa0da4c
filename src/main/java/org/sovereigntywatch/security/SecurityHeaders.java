package org.sovereigntywatch.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.stereotype.Component;

/**
 * The browser-side protections every response carries.
 * <p>
 * They are written before the request is handled, not (Spring's default) when the response is committed: Vaadin's
 * pages are served through a forward from Spring's dispatcher to Vaadin's servlet, after which Tomcat 11 finishes
 * the response itself, past Spring's response wrapper, so none of these headers reached a Vaadin page. Written
 * first, they can still be replaced by whoever knows better: static files set their own {@code Cache-Control}, whose
 * {@code max-age} takes precedence over the {@code Expires: 0} and {@code Pragma} that came with {@code no-store}
 * (RFC 9111), while application pages and Vaadin's requests keep {@code no-store}. Vaadin leaves an
 * {@code X-Frame-Options} it finds in place of its own {@code SAMEORIGIN}.
 */
@Component
class SecurityHeaders {

    /**
     * What Vaadin Flow needs and no more. Its docs ("Content Security Policy") require {@code script-src
     * 'unsafe-inline' 'unsafe-eval'} and {@code style-src 'unsafe-inline'}: the bootstrap page starts the client
     * engine with inline scripts, and the engine turns the JavaScript the server sends ({@code executeJs}, event data)
     * into functions. A nonce-based policy would forbid those functions, and this application uses
     * {@code executeJs}. Everything else comes from this origin only; images and fonts may also be {@code data:}
     * (Lumo's icons) or {@code blob:} (pictures drawn in the browser); no plugins, no other site's forms or base
     * address, and no framing at all.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** A year, the usual HSTS lifetime; only this host, as the operator may not own every name under its domain. */
    static final long HSTS_SECONDS = 365L * 24 * 60 * 60;

    void applyTo(HttpSecurity http) {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // For browsers without frame-ancestors.
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults())
                // Links to sources open other sites: they learn nothing of this application's addresses.
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .cacheControl(Customizer.withDefaults())
                // Written only on requests that arrived over HTTPS, directly or through a trusted proxy.
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS).includeSubDomains(false))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }
}
