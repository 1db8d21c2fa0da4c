package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Personal access tokens: made by their owner, shown once, kept as a hash, revoked by their owner or an admin. */
@IntegrationTest
class ApiTokenServiceTest {

    @Autowired ApiTokenService tokens;
    @Autowired SecurityLogService securityLog;
    @Autowired RunAs runAs;
    @Autowired TestRecords records;
    @Autowired JdbcClient jdbc;

    @Test
    void a_new_token_is_shown_once_and_stored_only_as_its_hash() {
        String owner = records.userCovering(Role.VIEWER, "US");

        NewApiToken made = runAs.user(owner, () -> tokens.create("  newsroom map ", 90));

        Map<String, Object> stored = jdbc.sql("select * from api_token where id = ?").param(made.token().id())
                .query().singleRow();
        assertThat(stored.values()).noneMatch(value -> String.valueOf(value).contains(made.secret().substring(4)));
        assertThat(stored.get("token_hash")).isEqualTo(new ApiTokenSecret(made.secret()).hash());
        assertThat(made.token().name()).isEqualTo("newsroom map");
        assertThat(made.token().hint()).isEqualTo("swt_…" + made.secret().substring(43));
        assertThat(made.token().expiresAt()).isEqualTo(made.token().createdAt().plusSeconds(90L * 24 * 60 * 60));
        assertThat(made.token().status(Instant.now())).isEqualTo(ApiTokenStatus.USABLE);
        assertThat(runAs.user(owner, tokens::mine)).containsExactly(made.token());
        assertThat(made.toString()).doesNotContain(made.secret());
    }

    @Test
    void making_a_token_is_logged_by_name_never_by_secret() {
        String owner = records.userCovering(Role.ANALYST, "US");

        NewApiToken made = runAs.user(owner, () -> tokens.create("risk BI", 30));

        List<SecurityEventRow> logged = runAs.user("admin", () -> securityLog.list(SecurityEventFilter.ALL
                .withUser(owner).withType(SecurityEventType.API_TOKEN_CREATED), PageRequest.of(0, 5)));
        assertThat(logged).singleElement().satisfies(event -> {
            assertThat(event.detail()).isEqualTo("“risk BI” (" + made.token().hint() + "), valid 30 days");
            assertThat(event.detail()).doesNotContain(made.secret());
        });
    }

    @Test
    void a_name_is_required_unique_among_usable_tokens_and_a_lifetime_one_of_those_offered() {
        String owner = records.userCovering(Role.VIEWER, "US");
        runAs.user(owner, () -> tokens.create("nightly sync", 7));

        assertThatThrownBy(() -> runAs.user(owner, () -> tokens.create("  ", 7)))
                .isInstanceOfSatisfying(FieldErrorException.class, refusal -> assertThat(refusal.getProperty()).isEqualTo("name"));
        assertThatThrownBy(() -> runAs.user(owner, () -> tokens.create("Nightly Sync", 7)))
                .hasMessageContaining("api-token.name.taken");
        assertThatThrownBy(() -> runAs.user(owner, () -> tokens.create("x".repeat(101), 7)))
                .hasMessageContaining("api-token.name.too-long");
        assertThatThrownBy(() -> runAs.user(owner, () -> tokens.create("for ever", 36500)))
                .isInstanceOfSatisfying(FieldErrorException.class, refusal -> assertThat(refusal.getProperty()).isEqualTo("lifetime"));
        assertThat(runAs.user(owner, tokens::mine)).hasSize(1);
    }

    @Test
    void a_revoked_tokens_name_may_be_used_again() {
        String owner = records.userCovering(Role.VIEWER, "US");
        NewApiToken first = runAs.user(owner, () -> tokens.create("map", 7));
        runAs.user(owner, () -> {
            tokens.revoke(first.token().id());
            return tokens.create("map", 7);
        });

        assertThat(runAs.user(owner, tokens::mine)).extracting(row -> row.status(Instant.now()))
                .containsExactly(ApiTokenStatus.USABLE, ApiTokenStatus.REVOKED);
    }

    @Test
    void a_user_holds_a_bounded_number_of_usable_tokens() {
        String owner = records.userCovering(Role.VIEWER, "US");
        for (int i = 0; i < ApiTokenService.USABLE_MAX; i++) {
            int number = i;
            runAs.user(owner, () -> tokens.create("script " + number, 7));
        }

        assertThatThrownBy(() -> runAs.user(owner, () -> tokens.create("one more", 7)))
                .hasMessageContaining("api-token.too-many");
    }

    @Test
    void the_owner_revokes_their_token_and_nobody_else_but_an_admin_may() {
        String owner = records.userCovering(Role.ANALYST, "US");
        String other = records.userCovering(Role.REVIEWER, "US");
        NewApiToken made = runAs.user(owner, () -> tokens.create("mine", 7));

        assertThatThrownBy(() -> runAs.user(other, () -> {
            tokens.revoke(made.token().id());
            return null;
        })).isInstanceOf(RefusedException.class);
        runAs.user(owner, () -> {
            tokens.revoke(made.token().id());
            return null;
        });

        ApiTokenRow revoked = runAs.user(owner, tokens::mine).getFirst();
        assertThat(revoked.status(Instant.now())).isEqualTo(ApiTokenStatus.REVOKED);
        assertThat(revoked.revokedBy()).isEqualTo(owner);
    }

    @Test
    void an_admin_sees_every_users_tokens_and_revokes_any_which_the_log_keeps() {
        String owner = records.userCovering(Role.VIEWER, "US");
        NewApiToken made = runAs.user(owner, () -> tokens.create("leaked", 7));

        List<ApiTokenRow> found = runAs.user("admin", () -> tokens.all(owner, PageRequest.of(0, 10)));
        runAs.user("admin", () -> {
            tokens.revoke(made.token().id());
            return null;
        });

        assertThat(found).containsExactly(made.token());
        assertThat(runAs.user("admin", () -> tokens.countAll(owner))).isEqualTo(1);
        assertThat(runAs.user(owner, tokens::mine).getFirst().revokedBy()).isEqualTo("admin");
        assertThat(runAs.user("admin", () -> securityLog.list(SecurityEventFilter.ALL.withUser(owner)
                .withType(SecurityEventType.API_TOKEN_REVOKED), PageRequest.of(0, 5))))
                .singleElement().satisfies(event -> {
                    assertThat(event.actor()).isEqualTo("admin");
                    assertThat(event.subject()).isEqualTo(owner);
                    assertThat(event.detail()).isEqualTo("“leaked” (" + made.token().hint() + ")");
                });
    }
}
