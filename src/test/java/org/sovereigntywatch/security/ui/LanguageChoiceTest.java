package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The language a user chooses on their own account page: kept on them alone, and worn by every page they load. */
class LanguageChoiceTest extends KaribuTest {

    @Autowired UserService users;

    @Test
    void choosing_french_on_the_account_page_keeps_it_on_that_user_and_on_no_other() {
        String chooser = newUser();
        String other = newUser();
        login(other);
        chooseOnAccountPage(Locale.UK);

        login(chooser);
        chooseOnAccountPage(Locale.FRANCE);

        assertThat(users.ownLocale()).contains(Locale.FRANCE);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRANCE);
        login(other);
        assertThat(users.ownLocale()).contains(Locale.UK);
    }

    @Test
    void a_user_who_chose_french_reads_french_at_the_next_page_load_whatever_the_browser_until_they_follow_it_again() {
        login(newUser());
        chooseOnAccountPage(Locale.FRANCE);

        browserPrefers(Locale.US);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRANCE);
        assertThat(_get(AccountView.class).endOthers.getText()).isEqualTo("Fermer toutes les autres sessions");

        chooseOnAccountPage(null);
        assertThat(users.ownLocale()).isEmpty();
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.US);
        assertThat(_get(AccountView.class).endOthers.getText()).isEqualTo("End all other sessions");
    }

    @Test
    void the_account_page_shows_the_choice_under_a_language_heading_with_a_label_of_its_own() {
        login(newUser());
        UI.getCurrent().navigate(AccountView.class);
        AccountView page = _get(AccountView.class);

        assertThat(page.language.getElement().getProperty("label")).isEqualTo("Read the app in");
        assertThat(select(page).getValue()).as("following the browser").isNull();
    }

    /** Opens the account page and chooses {@code locale} there as the user would; the page loads again. */
    private static void chooseOnAccountPage(Locale locale) {
        UI.getCurrent().navigate(AccountView.class);
        _setValue(select(_get(AccountView.class)), locale);
    }

    @SuppressWarnings("unchecked")
    private static Select<Locale> select(AccountView page) {
        return (Select<Locale>) page.language.getChildren().findFirst().orElseThrow();
    }

    private String newUser() {
        String username = "lang-" + UUID.randomUUID().toString().substring(0, 8);
        login("admin");
        users.create(new AppUser(username, "Lou Langue", Role.VIEWER), "first quiet harbour");
        logout();
        return username;
    }
}
