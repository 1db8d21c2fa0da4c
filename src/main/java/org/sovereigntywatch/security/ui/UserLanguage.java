package org.sovereigntywatch.security.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.ui.LanguagePreference;
import org.sovereigntywatch.security.CurrentUser;
import org.sovereigntywatch.security.UserService;

import java.util.Locale;
import java.util.Optional;

/** Keeps the language a user chose on their own record, so it follows them to every browser they sign in from. */
@SpringComponent
class UserLanguage implements LanguagePreference {

    private final CurrentUser currentUser;
    private final UserService users;

    UserLanguage(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public Optional<Locale> chosen() {
        return currentUser.get().isPresent() ? users.ownLocale() : Optional.empty();
    }

    @Override
    public void choose(@Nullable Locale locale) {
        users.changeOwnLocale(locale);
    }
}
