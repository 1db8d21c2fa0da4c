package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.base.ui.AccessDeniedView;
import org.sovereigntywatch.security.SecurityEventRow;
import org.sovereigntywatch.security.SecurityEventType;
import org.sovereigntywatch.security.SecurityLog;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void an_admin_narrows_the_log_by_event_user_days_and_text() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String mallory = "mallory-" + marker;
        log.recordAs(mallory, SecurityEventType.SIGN_IN_FAILED, null, "Wrong password " + marker);
        log.recordAs(mallory, SecurityEventType.SIGN_IN_FAILED, null, "Account disabled " + marker);
        log.recordAs("admin", SecurityEventType.SESSION_ENDED, mallory, "Ended by an admin " + marker);
        log.recordAs("other-" + marker, SecurityEventType.SIGN_IN_FAILED, null, "Someone else " + marker);
        login("admin");
        SecurityLogView view = open("admin/security-log?q=" + marker);
        assertThat(details(view)).as("newest first").containsExactly("Someone else " + marker,
                "Ended by an admin " + marker, "Account disabled " + marker, "Wrong password " + marker);

        _setValue(view.user, mallory);
        assertThat(details(view)).as("as actor or subject")
                .containsExactly("Ended by an admin " + marker, "Account disabled " + marker, "Wrong password " + marker);

        _setValue(view.type, SecurityEventType.SIGN_IN_FAILED);
        assertThat(details(view)).containsExactly("Account disabled " + marker, "Wrong password " + marker);

        _setValue(view.search, "wrong password " + marker);
        assertThat(details(view)).containsExactly("Wrong password " + marker);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        _setValue(view.from, today);
        _setValue(view.to, today);
        assertThat(details(view)).hasSize(1);
        _setValue(view.to, today.minusDays(1));
        assertThat(details(view)).isEmpty();
        _setValue(view.to, null);
        _setValue(view.from, today.plusDays(1));
        assertThat(details(view)).isEmpty();
    }

    @Test
    void the_filters_come_from_the_address_and_go_back_into_it() {
        login("admin");
        SecurityLogView view = open("admin/security-log?type=SIGN_OUT&user=Analyst");
        assertThat(view.type.getValue()).isEqualTo(SecurityEventType.SIGN_OUT);
        assertThat(view.user.getValue()).isEqualTo("Analyst");

        _setValue(view.from, LocalDate.of(2025, 1, 1));
        assertAddress(lastAddressWritten(), "admin/security-log", "type=SIGN_OUT", "user=Analyst", "from=2025-01-01");
    }

    @Test
    void a_non_admin_who_opens_it_by_address_is_told_it_is_not_allowed() {
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
