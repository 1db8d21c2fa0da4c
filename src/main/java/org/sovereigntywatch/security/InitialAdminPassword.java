package org.sovereigntywatch.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The file that hands the bootstrap admin's generated password to the operator: readable by the owner only, under
 * the data directory, never in the log (logs are shipped, kept and read by many). It goes away once that admin has
 * chosen their own password.
 */
@Component
class InitialAdminPassword {

    static final String FILE_NAME = "initial-admin-password.txt";
    private static final Logger log = LoggerFactory.getLogger(InitialAdminPassword.class);

    private final Path file;

    InitialAdminPassword(@Value("${sovereigntywatch.data-dir}") Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE_NAME).toAbsolutePath();
    }

    /** Writes the username and password to the file, replacing an older one; where it is. */
    Path write(String username, String password) {
        try {
            OwnerOnlyFile.write(file, String.join("\n", "# Sign in with this once; you will be asked to choose your own password.",
                    "username: " + username, "password: " + password, ""), StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not write the first admin's password to " + file, failure);
        }
    }

    /** Deletes the file once the user it names has chosen their own password. */
    void discardFor(String username) {
        try {
            if (Files.isRegularFile(file) && Files.readAllLines(file, StandardCharsets.UTF_8).contains("username: " + username)) {
                Files.delete(file);
                log.info("Deleted {}: its admin has chosen their own password", file);
            }
        } catch (IOException failure) {
            log.warn("Could not delete {}; delete it by hand, its password no longer works", file, failure);
        }
    }

    Path path() {
        return file;
    }
}
