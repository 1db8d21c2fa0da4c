package org.sovereigntywatch.security;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * Keeps TOTP secrets encrypted in the database (AES-256-GCM), so that a copy of the database or of a backup alone
 * does not let anyone compute a user's codes. The key lives in a file outside the database (by default
 * {@code mfa-secret.key} in the data directory), created on first use, readable by its owner only.
 * <p>
 * The user's id is authenticated with each secret, so a secret copied into another user's row does not decrypt. Every
 * application node must read the same key file: a secret written with one key cannot be read with another.
 */
@Component
class MfaSecretCipher {

    private static final Logger log = LoggerFactory.getLogger(MfaSecretCipher.class);
    private static final String FORMAT = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path keyFile;
    private final SecureRandom random = new SecureRandom();
    private @Nullable SecretKey key;

    MfaSecretCipher(@Value("${sovereigntywatch.mfa.key-file}") Path keyFile) {
        this.keyFile = keyFile.toAbsolutePath();
    }

    /** The stored form of this user's secret. */
    String encrypt(long userId, byte[] secret) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, userId, iv);
            byte[] sealed = cipher.doFinal(secret);
            return FORMAT + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException unexpected) {
            throw new IllegalStateException("Could not encrypt an MFA secret", unexpected);
        }
    }

    /**
     * This user's secret from its stored form.
     *
     * @throws IllegalStateException if it was not written with this key for this user
     */
    byte[] decrypt(long userId, String stored) {
        if (!stored.startsWith(FORMAT)) {
            throw new IllegalStateException("Unknown format of a stored MFA secret");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, userId, Arrays.copyOf(bytes, IV_BYTES));
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (AEADBadTagException wrongKeyOrUser) {
            throw new IllegalStateException("The MFA secret of user " + userId + " does not decrypt with " + keyFile
                    + ": was the key file replaced, or is it not the same on every node?", wrongKeyOrUser);
        } catch (GeneralSecurityException unexpected) {
            throw new IllegalStateException("Could not decrypt an MFA secret", unexpected);
        }
    }

    private Cipher cipher(int mode, long userId, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key(mode == Cipher.ENCRYPT_MODE), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(("app_user:" + userId).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /**
     * The key, read from its file, or made when {@code mayCreate}. Reading a stored secret never makes one: a secret
     * was written with a key that exists elsewhere, typically on the node that made it, and a new key here would
     * read nothing and split the nodes' keys for good.
     */
    private synchronized SecretKey key(boolean mayCreate) {
        if (key == null) {
            if (!mayCreate && !Files.exists(keyFile)) {
                throw new IllegalStateException("The MFA key file " + keyFile + " is missing on this node, but a "
                        + "secret written with it is stored: copy the file from the node that made it (every node "
                        + "needs the same file)");
            }
            try {
                key = new SecretKeySpec(Files.exists(keyFile) ? read() : create(), "AES");
            } catch (IOException failed) {
                throw new UncheckedIOException("Could not read or create the MFA key file " + keyFile, failed);
            }
        }
        return key;
    }

    private byte[] read() throws IOException {
        warnIfOthersCanRead();
        byte[] bytes = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("The MFA key file " + keyFile + " does not hold a " + KEY_BYTES * 8
                    + "-bit key in base 64");
        }
        return bytes;
    }

    /**
     * Writes a new key to a temporary file (owner-only from the start) and moves it into place, so no other process
     * ever reads a half-written key; if another process won the race, its key is the one used.
     */
    private byte[] create() throws IOException {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        try {
            OwnerOnlyFile.write(keyFile, Base64.getEncoder().encodeToString(bytes) + "\n");
        } catch (FileAlreadyExistsException anotherProcessWasFirst) {
            return read();
        }
        log.warn("Created the MFA key file {}: back it up with the database (without it, authenticator codes cannot "
                + "be checked) and give every application node the same file", keyFile);
        return bytes;
    }

    private void warnIfOthersCanRead() throws IOException {
        if (Files.getFileAttributeView(keyFile, PosixFileAttributeView.class) != null) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keyFile);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                log.warn("The MFA key file {} can be read by others than its owner ({}): chmod 600 it", keyFile,
                        PosixFilePermissions.toString(permissions));
            }
        }
    }
}
