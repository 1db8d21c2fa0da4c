package org.sovereigntywatch.security;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.TextRules;
import org.sovereigntywatch.history.HistoryEntry;
import org.sovereigntywatch.history.HistoryFields;
import org.sovereigntywatch.history.ItemHistory;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Managing the people who sign in: admins only. A user is never deleted (audit columns name them); an admin disables
 * them instead.
 */
@Service
@Validated
@PreAuthorize("hasRole('ADMIN')")
public class UserService {

    /** One instance, so that two versions following the browser read as no change. */
    private static final Text FOLLOWS_BROWSER = new Text("language.browser");

    private static final HistoryFields<AppUser> HISTORY = HistoryFields.of(AppUser.class)
            .field("user.username", AppUser::getUsername)
            .field("user.display-name", AppUser::getDisplayName)
            .field("user.email", user -> user.getEmail().orElse(null))
            .field("user.role", AppUser::getRole)
            .field("user.form.jurisdictions", user -> HistoryFields.names(user.getJurisdictionCodes(), code -> code))
            .field("user.enabled", AppUser::isEnabled)
            .field("user.password-change-required", AppUser::isPasswordChangeRequired)
            .field("language.label", user -> user.getLocale().<Object>map(locale -> locale).orElse(FOLLOWS_BROWSER));

    private final AppUserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final SessionRegistry sessions;
    private final InitialAdminPassword initialAdminPassword;
    private final SecurityLog securityLog;
    private final ItemHistory itemHistory;
    private final Validator validator;

    UserService(AppUserRepository repository, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                SessionRegistry sessions, InitialAdminPassword initialAdminPassword, SecurityLog securityLog,
                ItemHistory itemHistory, Validator validator) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.initialAdminPassword = initialAdminPassword;
        this.securityLog = securityLog;
        this.itemHistory = itemHistory;
        this.validator = validator;
    }

    /**
     * The user's history, newest first (admins only): each change to the account's name, role, jurisdictions, status
     * and language. Passwords and second factors are never part of it.
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        return itemHistory.entries(HISTORY, id).reversed();
    }

    /** One page of users whose username or display name contains {@code text} (ignoring case). */
    @Transactional(readOnly = true)
    public List<AppUser> list(String text, Pageable pageable) {
        return repository.search(TextRules.forSearch(text), pageable);
    }

    @Transactional(readOnly = true)
    public long count(String text) {
        return repository.countMatching(TextRules.forSearch(text));
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> findByUsername(String username) {
        return TextRules.cannotBeStored(username) ? Optional.empty() : repository.findByUsername(username);
    }

    /**
     * One page of the users who can sign in, for choosing who follows an item up: analysts and up may list them,
     * without the admin's view of roles and scopes.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public List<AppUser> listAssignable(String text, Pageable pageable) {
        return repository.searchEnabled(TextRules.forSearch(text), pageable);
    }

    /**
     * The user with this id if they can sign in, for assigning an item to them by id (a bulk change of owner); empty
     * for a disabled user or none.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public Optional<AppUser> findAssignable(long id) {
        return repository.findById(id).filter(AppUser::isEnabled);
    }

    /** The signed-in user's own record. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AppUser current() {
        return repository.findById(currentUser.require().getUserId()).orElseThrow();
    }

    /** The locale the signed-in user chose to read the app in; empty when they follow the browser. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Locale> ownLocale() {
        return repository.findById(currentUser.require().getUserId()).orElseThrow().getLocale();
    }

    /**
     * Keeps the locale the signed-in user reads the app in; {@code null} follows the browser again.
     *
     * @throws IllegalArgumentException for a locale with no language, or too long a tag to keep
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnLocale(@Nullable Locale locale) {
        if (locale != null && (locale.getLanguage().isEmpty() || locale.toLanguageTag().length() > AppUser.LOCALE_MAX)) {
            throw new IllegalArgumentException("Not a locale to read the app in: " + locale);
        }
        repository.findById(currentUser.require().getUserId()).orElseThrow().setLocale(locale);
    }

    /** The address the signed-in user's notifications are mailed to, if they gave one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> ownEmail() {
        return current().getEmail();
    }

    /**
     * Keeps the address the signed-in user's notifications are mailed to; a blank one removes it. The change is in
     * the security log, as an admin's would be: it decides where news of the user's items goes.
     *
     * @throws FieldErrorException on field {@code email} if it is not an address
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnEmail(@Nullable String email) {
        AppUser user = current();
        UserSnapshot before = UserSnapshot.of(user);
        user.setEmail(email);
        if (!validator.validateProperty(user, "email").isEmpty()) {
            throw new FieldErrorException("email", "user.email.invalid");
        }
        String changes = before.changesTo(UserSnapshot.of(user));
        if (!changes.isEmpty()) {
            securityLog.record(SecurityEventType.USER_CHANGED, user.getUsername(), changes + " (by the user)");
        }
    }

    /**
     * Creates a user with this password.
     *
     * @throws FieldErrorException if the username is taken or the password too weak
     */
    @Transactional
    public AppUser create(@Valid AppUser user, String password) {
        if (!user.isNew()) {
            throw new IllegalArgumentException("Use update for a saved user");
        }
        if (repository.existsByUsername(user.getUsername())) {
            throw new FieldErrorException("username", "user.username.taken");
        }
        user.setPasswordHash(encode(password, user));
        AppUser saved = repository.saveAndFlush(user);
        securityLog.record(SecurityEventType.USER_CREATED, saved.getUsername(), UserSnapshot.of(saved).inWords());
        return saved;
    }

    /**
     * Saves changes to display name, role, jurisdictions and enabled. Refuses to leave the application without an
     * enabled admin. Takes effect in the user's open sessions at their next request: disabling ends them, a new role
     * or new jurisdictions apply at once (see {@link SessionGuard}).
     *
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException if someone else changed the user since
     *         it was loaded
     */
    @Transactional
    public AppUser update(@Valid AppUser user) {
        AppUser stored = repository.findById(user.getId()).orElseThrow();
        boolean stillAdmin = user.isEnabled() && user.getRole() == Role.ADMIN;
        if (stored.isEnabled() && stored.getRole() == Role.ADMIN && !stillAdmin
                && repository.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new FieldErrorException("role", "user.role.last-admin");
        }
        boolean disabled = stored.isEnabled() && !user.isEnabled();
        UserSnapshot before = UserSnapshot.of(stored);
        // The stored row keeps what this form does not edit, whatever the object passed in says.
        user.setPasswordHash(stored.getPasswordHash());
        user.setPasswordChangeRequired(stored.isPasswordChangeRequired());
        AppUser saved = repository.saveAndFlush(user);
        String changes = before.changesTo(UserSnapshot.of(saved));
        if (!changes.isEmpty()) {
            securityLog.record(SecurityEventType.USER_CHANGED, saved.getUsername(), changes);
        }
        if (disabled) {
            int ended = sessions.endAllOf(saved.getId(), null, SessionEnd.USER_DISABLED, currentUser.require().getUsername());
            securityLog.record(SecurityEventType.SESSION_ENDED, saved.getUsername(), "User disabled: " + count(ended));
        }
        return saved;
    }

    /**
     * Sets a new password for the user with this id, which they must replace with their own at their next sign-in,
     * and ends all their sessions: whoever had the old password is out.
     *
     * @throws FieldErrorException on field {@code password} if the password is not acceptable
     */
    @Transactional
    public void resetPassword(long userId, String newPassword) {
        AppUser user = repository.findById(userId).orElseThrow();
        user.setPasswordHash(encode(newPassword, user));
        user.setPasswordChangeRequired(true);
        int ended = sessions.endAllOf(userId, null, SessionEnd.PASSWORD_RESET, currentUser.require().getUsername());
        securityLog.record(SecurityEventType.PASSWORD_RESET, user.getUsername(),
                "Set by an admin, to be changed at the next sign-in; " + count(ended) + " ended");
    }

    /**
     * The signed-in user replaces their password, giving the current one. Their other sessions end; this one goes
     * on, and a password change they owed is done.
     *
     * @throws FieldErrorException on field {@code currentPassword} if that is wrong, on {@code newPassword} if the
     *         new one is not acceptable or the same
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = repository.findById(currentUser.require().getUserId()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            securityLog.record(SecurityEventType.PASSWORD_CHANGE_FAILED, null, "Current password wrong");
            throw new FieldErrorException("currentPassword", "user.password.current-wrong");
        }
        if (newPassword.equals(currentPassword)) {
            throw new FieldErrorException("newPassword", "user.password.unchanged");
        }
        PasswordPolicy.problemWith(newPassword, user.getUsername(), user.getDisplayName()).ifPresent(problem -> {
            throw new FieldErrorException("newPassword", problem);
        });
        boolean owed = user.isPasswordChangeRequired();
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setPasswordChangeRequired(false);
        int ended = sessions.endAllOf(user.getId(), SessionService.currentKey(), SessionEnd.PASSWORD_CHANGED, user.getUsername());
        securityLog.record(SecurityEventType.PASSWORD_CHANGED, null,
                (owed ? "Owed change made at sign-in" : "Changed by the user") + "; other sessions ended: " + ended);
        initialAdminPassword.discardFor(user.getUsername());
    }

    private static String count(int sessions) {
        return sessions == 1 ? "1 session" : sessions + " sessions";
    }

    private String encode(String password, AppUser user) {
        PasswordPolicy.problemWith(password, user.getUsername(), user.getDisplayName()).ifPresent(problem -> {
            throw new FieldErrorException("password", problem);
        });
        return passwordEncoder.encode(password);
    }
}
