package org.sovereigntywatch.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.PlainText;
import org.sovereigntywatch.base.TextRules;

import java.time.Instant;

/**
 * A signed-in session as the registry keeps it (see {@link SessionRegistry}). The id is a random key held in the HTTP
 * session, not the servlet session id: whoever reads this table cannot take a session over.
 */
@Entity
@Table(name = "user_session")
class UserSession {

    static final int USER_AGENT_MAX = 300;
    static final int ADDRESS_MAX = 45;

    @PlainText
    @Id
    private String id;

    @Column(nullable = false)
    private long userId;

    @Column(nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private Instant lastActiveAt;

    @PlainText
    private @Nullable String userAgent;

    @PlainText
    private @Nullable String address;

    private @Nullable Instant secondFactorAt;

    private @Nullable Instant endedAt;

    @PlainText
    private @Nullable String endedBy;

    @Enumerated(EnumType.STRING)
    private @Nullable SessionEnd endReason;

    protected UserSession() {
        this.id = "";
    }

    UserSession(String id, long userId, Instant startedAt, @Nullable String userAgent, @Nullable String address) {
        this.id = id;
        this.userId = userId;
        this.startedAt = startedAt;
        this.lastActiveAt = startedAt;
        this.userAgent = cut(userAgent, USER_AGENT_MAX);
        this.address = cut(address, ADDRESS_MAX);
    }

    /** Headers come from the client: cleaned of what no stored text holds, and cut to the column. */
    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null ? null : TextRules.cut(TextRules.cleaned(text), max);
    }

    String getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getLastActiveAt() {
        return lastActiveAt;
    }

    @Nullable String getUserAgent() {
        return userAgent;
    }

    @Nullable String getAddress() {
        return address;
    }

    @Nullable Instant getSecondFactorAt() {
        return secondFactorAt;
    }

    @Nullable SessionEnd getEndReason() {
        return endReason;
    }
}
