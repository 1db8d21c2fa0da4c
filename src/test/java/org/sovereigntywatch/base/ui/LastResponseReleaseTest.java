package org.sovereigntywatch.base.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class LastResponseReleaseTest extends KaribuTest {

    private static final String FIRST_ANSWER = "for(;;);[{\"syncId\":1}]";
    private static final String NEXT_ANSWER = "for(;;);[{\"syncId\":2}]";

    @Autowired LastResponseRelease release;

    @Test
    void a_page_keeps_its_last_response_while_in_use_and_lets_go_of_it_after_a_quiet_sweep() {
        login("viewer");
        UIInternals page = UI.getCurrent().getInternals();
        page.setLastRequestResponse(FIRST_ANSWER);

        sweep();
        assertThat(page.getLastRequestResponse()).as("just answered: the browser may still re-send").isEqualTo(FIRST_ANSWER);

        // The browser sends a request: Vaadin keeps the new answer.
        page.setLastRequestResponse(new String(NEXT_ANSWER));
        sweep();
        assertThat(page.getLastRequestResponse()).as("answered since the last sweep").isEqualTo(NEXT_ANSWER);

        sweep();
        assertThat(page.getLastRequestResponse()).as("quiet from one sweep to the next").isNull();

        sweep();
        assertThat(page.getLastRequestResponse()).isNull();
    }

    /** One sweep, as the clock runs it; the page's share runs under its lock, which the test thread holds. */
    private void sweep() {
        release.sweep();
        MockVaadin.clientRoundtrip(false);
    }
}
