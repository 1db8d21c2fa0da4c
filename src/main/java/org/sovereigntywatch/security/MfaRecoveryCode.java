package org.sovereigntywatch.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.PlainText;

import java.time.Instant;

/** One of a user's recovery codes, as its hash ({@link RecoveryCodes#hash}); used once, then kept as used. */
@Entity
@Table(name = "mfa_recovery_code")
class MfaRecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long userId;
    @PlainText
    private String codeHash;
    private @Nullable Instant usedAt;

    protected MfaRecoveryCode() {
        this.codeHash = "";
    }

    MfaRecoveryCode(long userId, String codeHash) {
        this.userId = userId;
        this.codeHash = codeHash;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    void use(Instant now) {
        usedAt = now;
    }
}
