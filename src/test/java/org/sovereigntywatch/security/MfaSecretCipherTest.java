package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MfaSecretCipherTest {

    @TempDir
    Path dataDir;

    @Test
    void a_secret_is_stored_encrypted_and_read_back_with_the_key_file_made_for_its_owner_only() throws Exception {
        Path keyFile = dataDir.resolve("nested/mfa-secret.key");
        byte[] secret = "12345678901234567890".getBytes();

        String stored = new MfaSecretCipher(keyFile).encrypt(42, secret);

        assertThat(stored).startsWith("v1:").doesNotContain(Base32.encode(secret));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        // Another start of the application reads the same key.
        assertThat(new MfaSecretCipher(keyFile).decrypt(42, stored)).isEqualTo(secret);
        assertThat(new MfaSecretCipher(keyFile).encrypt(42, secret)).as("a fresh IV each time").isNotEqualTo(stored);
    }

    @Test
    void a_secret_moved_to_another_user_or_read_with_another_key_does_not_decrypt() {
        MfaSecretCipher cipher = new MfaSecretCipher(dataDir.resolve("one.key"));
        String stored = cipher.encrypt(42, new byte[20]);

        assertThatThrownBy(() -> cipher.decrypt(43, stored)).isInstanceOf(IllegalStateException.class);
        MfaSecretCipher otherNode = new MfaSecretCipher(dataDir.resolve("other.key"));
        otherNode.encrypt(7, new byte[20]);
        assertThatThrownBy(() -> otherNode.decrypt(42, stored))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("same on every node");
    }

    @Test
    void a_node_without_the_key_file_does_not_make_one_to_read_a_stored_secret_and_says_the_file_is_missing() {
        String stored = new MfaSecretCipher(dataDir.resolve("first-node.key")).encrypt(42, new byte[20]);
        Path missing = dataDir.resolve("second-node.key");

        assertThatThrownBy(() -> new MfaSecretCipher(missing).decrypt(42, stored))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing on this node");
        assertThat(missing).doesNotExist();
    }
}
