package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.security.ui.LoginView;
import org.sovereigntywatch.security.ui.UsersView;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTest extends KaribuTest {

    @Test
    void an_anonymous_visitor_is_sent_to_the_login() {
        UI.getCurrent().navigate("");
        _assertOne(LoginView.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "viewer;   Dashboard, Concerns, Measures, Timeline, Notifications, Watchlist, Reports, Jurisdictions, Platforms",
            "analyst;  Dashboard, Concerns, Measures, Timeline, Notifications, Watchlist, Reports, Import, Jurisdictions, Platforms",
            "reviewer; Dashboard, Concerns, Measures, Timeline, Notifications, Watchlist, Reports, Import, Jurisdictions, Platforms",
            "admin;    Dashboard, Concerns, Measures, Timeline, Notifications, Watchlist, Reports, Import, Jurisdictions, Platforms, Users, Sign-in policy, API tokens, Security log"})
    void each_role_sees_exactly_its_menu_entries(String username, String expected) {
        login(username);
        UI.getCurrent().navigate("");
        List<String> entries = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(entries).containsExactly(expected.split(",\\s*"));
    }

    @Test
    void the_shell_shows_who_is_signed_in_with_role_and_scope() {
        login("analyst");
        UI.getCurrent().navigate("");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-name")).getText()).isEqualTo("Ana Analyst");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-role")).getText())
                .isEqualTo("Analyst · CA, EU, IN, NP, US");
    }

    @Test
    void a_viewer_who_opens_the_users_view_by_address_is_told_it_is_not_allowed() {
        login("viewer");
        UI.getCurrent().navigate(UsersView.class);
        _assertOne(AccessDeniedView.class);
        assertThat(_find(UsersView.class)).isEmpty();
    }

    @Test
    void an_item_that_does_not_exist_shows_a_page_with_a_way_back() {
        login("viewer");
        UI.getCurrent().navigate("concerns/999999999");
        _assertOne(NotFoundView.class);
        assertThat(_get(Paragraph.class).getText()).isEqualTo("There is no concern 999999999 that you may see.");
    }
}
