package org.sovereigntywatch.security;

import org.sovereigntywatch.base.LocaleChoice;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Collections;
import java.util.Locale;

/**
 * Keeps, at each sign-in, the locale the user's browser reads the app in, so that what reaches them outside the app
 * (their mails) is in their language even when they never chose one: a French browser's user gets French mails.
 */
@Component
class SignInLocale {

    private final AppUserRepository users;

    SignInLocale(AppUserRepository users) {
        this.users = users;
    }

    @EventListener
    @Transactional
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            Locale locale = LocaleChoice.of(null, Collections.list(request.getRequest().getLocales()));
            users.keepBrowserLocale(event.getAuthentication().getName(), locale.toLanguageTag());
        }
    }
}
