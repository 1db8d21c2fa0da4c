package org.sovereigntywatch.security;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * One demo user per role, each with the password {@code <username>-password} (documented in the README) and the
 * address {@code <username>@sovereignty-watch.example}. Users that exist already are left alone, so loading the demo
 * data twice adds nothing.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("sovereigntywatch.demo-data")
class DemoUsers implements ApplicationRunner {

    private final AppUserRepository repository;
    private final PasswordEncoder passwordEncoder;

    DemoUsers(AppUserRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        add("viewer", "Vera Viewer", Role.VIEWER, Set.of());
        add("analyst", "Ana Analyst", Role.ANALYST, Set.of("US", "CA", "IN", "NP", "EU"));
        add("reviewer", "Remy Reviewer", Role.REVIEWER, Set.of());
        add("admin", "Ada Admin", Role.ADMIN, Set.of());
    }

    private void add(String username, String displayName, Role role, Set<String> jurisdictions) {
        if (repository.existsByUsername(username)) {
            return;
        }
        AppUser user = new AppUser(username, displayName, role);
        user.setJurisdictionCodes(jurisdictions);
        // A reserved domain (RFC 2606): on a server with SMTP, mails can be tried without reaching anyone.
        user.setEmail(username + "@sovereignty-watch.example");
        user.setPasswordHash(passwordEncoder.encode(username + "-password"));
        repository.save(user);
    }
}
