package org.sovereigntywatch.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files of secrets only the account running the application may read: the first admin's password, the key of the
 * two-step sign-in secrets. Written to a temporary file that is owner-only from the start and then moved into place,
 * so no other process ever reads one half-written or readable by all.
 */
final class OwnerOnlyFile {

    private static final Logger log = LoggerFactory.getLogger(OwnerOnlyFile.class);

    private OwnerOnlyFile() {
    }

    /**
     * Writes {@code content} to {@code file}, creating its directory.
     *
     * @param options {@link java.nio.file.StandardCopyOption#REPLACE_EXISTING} to replace a file already there;
     *                without it, a file there already makes this throw {@link java.nio.file.FileAlreadyExistsException}
     */
    static void write(Path file, String content, CopyOption... options) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        boolean posix = Files.getFileAttributeView(directory, PosixFileAttributeView.class) != null;
        Path temporary = posix
                ? Files.createTempFile(directory, ".owner-only", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(directory, ".owner-only", ".tmp");
        try {
            if (!posix) {
                restrictToOwner(temporary);
            }
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, options);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Where there are no POSIX permissions (Windows): take them from everyone, then give them back to the owner. */
    private static void restrictToOwner(Path file) {
        var asFile = file.toFile();
        boolean restricted = asFile.setReadable(false, false) && asFile.setReadable(true, true)
                && asFile.setWritable(false, false) && asFile.setWritable(true, true);
        if (!restricted) {
            log.warn("Could not restrict {} to its owner: do so by hand", file);
        }
    }
}
