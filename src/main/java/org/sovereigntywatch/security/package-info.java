/**
 * Who may do what: users with one role each (VIEWER &lt; ANALYST &lt; REVIEWER &lt; ADMIN, each including the ones
 * below it) and the jurisdictions they cover, sign-in through Vaadin's login form, two-step sign-in with
 * authenticator codes and recovery codes ({@link org.sovereigntywatch.security.MfaService}), the session registry,
 * the security log, the admin bootstrap and the demo users. Services are the security boundary: every public service
 * method states who may call it. Around sign-in: the browser protections every response carries
 * ({@code SecurityHeaders}), CSRF protection of the sign-in form and the throttling of failed sign-ins.
 */
@NullMarked
package org.sovereigntywatch.security;

import org.jspecify.annotations.NullMarked;
