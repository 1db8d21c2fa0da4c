package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.base.ui.AccessDeniedView;
import org.sovereigntywatch.security.SecurityEventRow;
import org.sovereigntywatch.security.SecurityEventType;
import org.sovereigntywatch.security.SecurityLog;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin's security log: filtered by event, user, days and text; closed to everyone else. */
class SecurityLogViewTest extends KaribuTest {

    @Autowired SecurityLog log;

    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private final String mallory = "mallory-" + marker;

    /** Four events of this test's own, all naming its marker; then the admin signs in. */
    @BeforeEach
    void recordEventsAndOpenTheLog() {
        log.recordAs(mallory, SecurityEventType.SIGN_IN_FAILED, null, "Wrong password " + marker);
        log.recordAs(mallory, SecurityEventType.SIGN_IN_FAILED, null, "Account disabled " + marker);
        log.recordAs("admin", SecurityEventType.SESSION_ENDED, mallory, "Ended by an admin " + marker);
        log.recordAs("other-" + marker, SecurityEventType.SIGN_IN_FAILED, null, "Someone else " + marker);
        login("admin");
    }

    @Test
    void the_log_lists_the_newest_event_first() {
        SecurityLogView view = open("admin/security-log?q=" + marker);
        assertThat(details(view)).containsExactly("Someone else " + marker, "Ended by an admin " + marker,
                "Account disabled " + marker, "Wrong password " + marker);
    }

    @Test
    void a_user_filter_finds_what_they_did_and_what_was_done_to_them() {
        SecurityLogView view = open("admin/security-log?q=" + marker);
        _setValue(view.user, mallory);
        assertThat(details(view)).containsExactlyInAnyOrder("Ended by an admin " + marker,
                "Account disabled " + marker, "Wrong password " + marker);
    }

    @Test
    void an_event_filter_keeps_that_kind_of_event() {
        SecurityLogView view = open("admin/security-log?q=" + marker);
        _setValue(view.type, SecurityEventType.SESSION_ENDED);
        assertThat(details(view)).containsExactly("Ended by an admin " + marker);
    }

    @Test
    void a_text_filter_finds_words_of_the_detail_ignoring_case() {
        SecurityLogView view = open("admin/security-log?user=" + mallory);
        _setValue(view.search, "WRONG password " + marker);
        assertThat(details(view)).containsExactly("Wrong password " + marker);
    }

    @Test
    void a_date_range_keeps_the_events_of_those_days() {
        SecurityLogView view = open("admin/security-log?q=" + marker);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        _setValue(view.from, today);
        _setValue(view.to, today);
        assertThat(details(view)).hasSize(4);
        _setValue(view.to, today.minusDays(1));
        assertThat(details(view)).isEmpty();
        _setValue(view.to, null);
        _setValue(view.from, today.plusDays(1));
        assertThat(details(view)).isEmpty();
    }

    @Test
    void the_filters_come_from_the_address_and_go_back_into_it() {
        SecurityLogView view = open("admin/security-log?type=SIGN_OUT&user=Analyst");
        assertThat(view.type.getValue()).isEqualTo(SecurityEventType.SIGN_OUT);
        assertThat(view.user.getValue()).isEqualTo("Analyst");

        _setValue(view.from, LocalDate.of(2025, 1, 1));
        assertAddress(lastAddressWritten(), "admin/security-log", "type=SIGN_OUT", "user=Analyst", "from=2025-01-01");
    }

    @Test
    void a_french_admin_reads_the_log_and_its_filters_in_french_with_the_details_as_recorded() {
        browserPrefers(Locale.FRANCE);
        SecurityLogView view = open("admin/security-log?type=SIGN_IN_FAILED&q=" + marker);

        ShownTexts.assertReadsInFrench();
        assertThat(view.type.getItemLabelGenerator().apply(SecurityEventType.SIGN_IN_FAILED)).isEqualTo("Échec de connexion");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Échec de connexion", "Someone else " + marker);
        _setValue(view.search, "nothing like this " + marker);
        assertThat(view.grid.getEmptyStateText()).isEqualTo("Aucun événement ne correspond à ces filtres.");
    }

    @Test
    void a_non_admin_who_opens_it_by_address_is_told_it_is_not_allowed() {
        logout();
        login("reviewer");
        UI.getCurrent().navigate(SecurityLogView.class);
        _assertOne(AccessDeniedView.class);
        assertThat(_find(SecurityLogView.class)).isEmpty();
    }

    private static SecurityLogView open(String address) {
        navigate(address);
        return _find(SecurityLogView.class).getFirst();
    }

    private static List<String> details(SecurityLogView view) {
        List<String> details = new ArrayList<>();
        for (int i = 0; i < _size(view.grid); i++) {
            SecurityEventRow row = _get(view.grid, i);
            details.add(row.detail());
        }
        return details;
    }
}
