package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shell reads in the browser's language until the user chooses one in its header; the choice applies at once,
 * is kept on the user and wins over the browser at the next page load.
 */
class LanguageChoiceTest extends KaribuTest {

    @Autowired
    private UserService users;

    @Test
    void a_french_browser_gets_the_menu_and_the_language_choice_in_french() {
        login("viewer");
        browserPrefers(Locale.FRANCE);
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRANCE);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                .startsWith("Tableau de bord", "Préoccupations", "Mesures", "Chronologie");
        Select<Locale> choice = languageChoice();
        assertThat(choice.getAriaLabel()).contains("Langue");
        assertThat(choice.getValue()).as("following the browser").isNull();
        assertThat(choice.getItemLabelGenerator().apply(Locale.FRANCE)).isEqualTo("Français (France)");
        assertThat(choice.getItemLabelGenerator().apply(Locale.US)).isEqualTo("English (United States)");
    }

    @Test
    void a_language_chosen_in_the_header_applies_at_once_and_wins_over_the_browser_at_the_next_page_load() {
        login("reviewer");
        browserPrefers(Locale.US);
        UI.getCurrent().navigate("");
        try {
            _setValue(languageChoice(), Locale.FRANCE);

            assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRANCE);
            assertThat(users.ownLocale()).contains(Locale.FRANCE);
            browserPrefers(Locale.US);
            UI.getCurrent().navigate("");
            assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRANCE);
            assertThat(languageChoice().getValue()).isEqualTo(Locale.FRANCE);
            login("viewer");
            assertThat(users.ownLocale()).as("another user’s choice").isEmpty();
            login("reviewer");

            _setValue(languageChoice(), null);
            assertThat(users.ownLocale()).isEmpty();
            browserPrefers(Locale.UK);
            assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.UK);
        } finally {
            users.changeOwnLocale(null);
        }
    }

    @Test
    void nobody_signed_in_follows_the_browser() {
        browserPrefers(Locale.CANADA_FRENCH);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.CANADA_FRENCH);
    }

    @SuppressWarnings("unchecked")
    private static Select<Locale> languageChoice() {
        return _get(Select.class, spec -> spec.withClasses("app-language"));
    }
}
