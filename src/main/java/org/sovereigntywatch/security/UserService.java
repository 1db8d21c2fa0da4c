package org.sovereigntywatch.security;

import jakarta.validation.Valid;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.TextRules;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.util.List;
import java.util.Optional;

/**
 * Managing the people who sign in: admins only. A user is never deleted (audit columns name them); an admin disables
 * them instead.
 */
@Service
@Validated
@PreAuthorize("hasRole('ADMIN')")
public class UserService {

    private final AppUserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;

    UserService(AppUserRepository repository, PasswordEncoder passwordEncoder, CurrentUser currentUser) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
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

    /** The signed-in user's own record. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AppUser current() {
        return repository.findById(currentUser.require().getUserId()).orElseThrow();
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
            throw new FieldErrorException("username", "This username is taken");
        }
        user.setPasswordHash(encode(password));
        return repository.saveAndFlush(user);
    }

    /**
     * Saves changes to display name, role, jurisdictions and enabled. Refuses to leave the application without an
     * enabled admin.
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
            throw new FieldErrorException("role", "This is the last enabled admin: make someone else admin first");
        }
        return repository.saveAndFlush(user);
    }

    /** Sets a new password for the user with this id. */
    @Transactional
    public void resetPassword(long userId, String newPassword) {
        AppUser user = repository.findById(userId).orElseThrow();
        user.setPasswordHash(encode(newPassword));
    }

    private String encode(String password) {
        PasswordPolicy.problemWith(password).ifPresent(problem -> {
            throw new FieldErrorException("password", problem);
        });
        return passwordEncoder.encode(password);
    }
}
