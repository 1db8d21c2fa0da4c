package org.sovereigntywatch.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Logs sign-ins, failed sign-ins and sign-outs from the events Spring Security publishes: the form login's
 * {@link InteractiveAuthenticationSuccessEvent}, the authentication manager's failure events (published by Spring
 * Boot's {@code DefaultAuthenticationEventPublisher}) and the {@link LogoutSuccessEvent} of the logout handlers,
 * which Vaadin's own sign-out runs too. The address is that of the request signing in or out.
 */
@Component
class SignInEvents {

    /**
     * The words for a wrong password, whether or not the user exists: Spring Security reports an unknown user as
     * bad credentials too, and the log must not tell them apart either.
     */
    static final String BAD_CREDENTIALS = "Wrong username or password";

    private final SecurityLog log;

    SignInEvents(SecurityLog log) {
        this.log = log;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        log.recordAs(event.getAuthentication().getName(), SecurityEventType.SIGN_IN, null, "Password accepted");
    }

    /** The actor is the name typed, as sign-in reads it (stripped, lower-case); the password never appears. */
    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName().strip().toLowerCase();
        log.recordAs(typed, SecurityEventType.SIGN_IN_FAILED, null, reason(event));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        log.recordAs(event.getAuthentication().getName(), SecurityEventType.SIGN_OUT, null, "Signed out");
    }

    /** Why a sign-in failed, from the kind of failure only: an exception's message could repeat what was typed. */
    private static String reason(AbstractAuthenticationFailureEvent event) {
        return switch (event) {
            case AuthenticationFailureBadCredentialsEvent bad -> BAD_CREDENTIALS;
            case AuthenticationFailureDisabledEvent disabled -> "Account disabled";
            case AuthenticationFailureLockedEvent locked -> "Account locked";
            default -> "Refused (" + event.getException().getClass().getSimpleName() + ")";
        };
    }
}
