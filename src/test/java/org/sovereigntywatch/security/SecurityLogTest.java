package org.sovereigntywatch.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The recorder: who and from where, which transaction each kind of event is written in, and what it keeps of the
 * values it is given.
 */
@IntegrationTest
@WithUserDetails("admin")
class SecurityLogTest {

    @Autowired SecurityLog log;
    @Autowired SecurityLogService service;
    @Autowired TransactionTemplate transaction;

    private final String marker = "marker-" + UUID.randomUUID();

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void an_event_names_the_signed_in_user_and_the_address_of_the_request() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        log.record(SecurityEventType.SESSION_ENDED, "analyst", "Ended by an admin " + marker);

        assertThat(logged()).singleElement().satisfies(row -> {
            assertThat(row.type()).isEqualTo(SecurityEventType.SESSION_ENDED);
            assertThat(row.actor()).isEqualTo("admin");
            assertThat(row.subject()).isEqualTo("analyst");
            assertThat(row.clientAddress()).isEqualTo("203.0.113.7");
        });
    }

    @Test
    void an_event_about_a_change_is_kept_only_when_the_change_is() {
        rollingBack(() -> log.record(SecurityEventType.PASSWORD_RESET, "analyst", "Rolled back " + marker));
        assertThat(logged()).isEmpty();

        transaction.executeWithoutResult(status ->
                log.record(SecurityEventType.PASSWORD_RESET, "analyst", "Committed " + marker));
        assertThat(logged()).extracting(SecurityEventRow::detail).containsExactly("Committed " + marker);
    }

    @Test
    void an_event_about_a_change_needs_the_transaction_of_that_change() {
        assertThatThrownBy(() -> log.record(SecurityEventType.USER_CHANGED, "analyst", "No transaction " + marker))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(logged()).isEmpty();
    }

    @Test
    void a_failed_attempt_is_kept_even_when_nothing_else_commits() {
        rollingBack(() -> log.recordAs("someone", SecurityEventType.SIGN_IN_FAILED, null, "Failed " + marker));

        assertThat(logged()).extracting(SecurityEventRow::actor).containsExactly("someone");
    }

    @Test
    void control_characters_become_spaces_and_long_values_are_cut_to_their_columns() {
        String longName = "n".repeat(80);
        String longDetail = marker + "\u0000line\r\nbreak\ttab " + "x".repeat(2000);

        log.recordAs(longName, SecurityEventType.SIGN_IN_FAILED, null, longDetail);

        SecurityEventRow row = logged().getFirst();
        assertThat(row.actor()).hasSize(50);
        assertThat(row.detail()).hasSize(SecurityEvent.DETAIL_MAX).endsWith("…")
                .startsWith(marker + " line  break tab x");
    }

    @Test
    void a_subject_who_is_the_actor_is_not_repeated() {
        transaction.executeWithoutResult(status ->
                log.record(SecurityEventType.PASSWORD_CHANGED, "admin", "Own password " + marker));

        assertThat(logged()).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo("admin");
            assertThat(row.subject()).isNull();
        });
    }

    @Test
    void an_export_is_recorded_with_its_rows_and_filter_and_one_that_fails_part_way_as_not_completed()
            throws IOException {
        assertThat(log.export("Test export " + marker, "jurisdiction US", () -> 3)).isEqualTo(3);
        assertThatThrownBy(() -> log.export("Test export " + marker, "none", () -> {
            throw new IOException("The client went away");
        })).isInstanceOf(IOException.class);

        assertThat(logged()).extracting(SecurityEventRow::detail).containsExactly(
                "Test export " + marker + ", not completed (IOException); filter: none",
                "Test export " + marker + ", 3 rows; filter: jurisdiction US");
    }

    private void rollingBack(Runnable work) {
        transaction.executeWithoutResult(status -> {
            work.run();
            status.setRollbackOnly();
        });
    }

    private List<SecurityEventRow> logged() {
        return service.list(SecurityEventFilter.ALL.withText(marker), PageRequest.of(0, 10));
    }
}
