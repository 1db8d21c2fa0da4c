package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.SecurityEventFilter;
import org.sovereigntywatch.security.SecurityEventRow;
import org.sovereigntywatch.security.SecurityEventType;
import org.sovereigntywatch.security.SecurityLogService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing out with the shell's button, as users do, which runs Spring Security's logout handlers in Vaadin. */
class SignOutLogTest extends KaribuTest {

    @Autowired SecurityLogService log;
    @Autowired RunAs runAs;

    @Test
    void signing_out_with_the_button_is_logged() {
        int before = signOuts().size();
        login("analyst");
        UI.getCurrent().navigate("");

        _click(_get(Button.class, spec -> spec.withText("Sign out")));

        List<SecurityEventRow> after = signOuts();
        assertThat(after).hasSize(before + 1);
        assertThat(after.getFirst().actor()).isEqualTo("analyst");
    }

    private List<SecurityEventRow> signOuts() {
        return runAs.user("admin", () -> log.list(SecurityEventFilter.ALL.withType(SecurityEventType.SIGN_OUT)
                .withUser("analyst"), PageRequest.of(0, 1000)));
    }
}
