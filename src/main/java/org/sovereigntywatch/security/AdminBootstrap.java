package org.sovereigntywatch.security;

import org.slf4j.Logger;
import org.sovereigntywatch.base.Texts;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * Makes sure a database without demo data can be signed into: when it has no user at all, creates an admin with the
 * password from {@code SW_ADMIN_PASSWORD}, or with a random one written to a file only the owner can read (the log
 * says where, never what). Either way the admin must choose their own password at the first sign-in: the first one
 * passed through environment variables, files or the operator's hands. There is no default password outside a demo.
 */
@Component
@Order(20)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AppUserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final InitialAdminPassword passwordFile;
    private final boolean demoData;
    private final String username;
    private final String password;

    AdminBootstrap(AppUserRepository repository, PasswordEncoder passwordEncoder, InitialAdminPassword passwordFile,
                   @Value("${sovereigntywatch.demo-data}") boolean demoData,
                   @Value("${sovereigntywatch.admin.username}") String username,
                   @Value("${sovereigntywatch.admin.password}") String password) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.passwordFile = passwordFile;
        this.demoData = demoData;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demoData || repository.count() > 0) {
            return;
        }
        boolean generated = password.isEmpty();
        String initialPassword = generated ? randomPassword() : password;
        PasswordPolicy.problemWith(initialPassword).ifPresent(problem -> {
            throw new IllegalStateException("SW_ADMIN_PASSWORD is not acceptable: " + Texts.format(Locale.ENGLISH, problem));
        });
        AppUser admin = new AppUser(username, "Administrator", Role.ADMIN);
        admin.setPasswordHash(passwordEncoder.encode(initialPassword));
        admin.setPasswordChangeRequired(true);
        repository.save(admin);
        if (generated) {
            Path file = passwordFile.write(username, initialPassword);
            log.warn("Created the first admin '{}'. Its one-time password is in {} (readable by this account only): "
                    + "sign in with it and choose your own; the file is deleted then.", username, file);
        } else {
            log.info("Created the first admin '{}' with the password from SW_ADMIN_PASSWORD; it must be changed at "
                    + "the first sign-in", username);
        }
    }

    /** 144 random bits: far beyond guessing, and within any password policy. */
    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
