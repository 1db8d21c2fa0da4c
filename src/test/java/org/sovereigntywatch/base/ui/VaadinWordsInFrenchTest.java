package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words Vaadin's components and notices carry of their own follow the reader's language: what a multi-select
 * picker announces, a password field's reveal button, a time picker's refusal, the reconnecting banner and the
 * notices of an internal error, a page out of step or cookies turned off.
 */
class VaadinWordsInFrenchTest extends KaribuTest {

    @Test
    void a_french_reader_s_pickers_time_picker_and_password_fields_speak_french() {
        login("analyst");
        browserPrefers(Locale.FRANCE);
        UI.getCurrent().navigate("reports");

        @SuppressWarnings("unchecked")
        List<MultiSelectComboBox<?>> pickers = (List<MultiSelectComboBox<?>>) (List<?>) _find(MultiSelectComboBox.class);
        assertThat(pickers).hasSizeGreaterThanOrEqualTo(3).allSatisfy(picker -> {
            assertThat(picker.getI18n().getSelected()).isEqualTo("ajouté à la sélection");
            assertThat(picker.getI18n().getTotal()).isEqualTo("{count} éléments sélectionnés");
        });
        assertThat(_get(TimePicker.class).getI18n().getBadInputErrorMessage())
                .isEqualTo("Saisissez une heure, par exemple 14:30");

        UI.getCurrent().navigate("account");
        assertThat(_find(PasswordField.class)).isNotEmpty().allSatisfy(field ->
                assertThat(field.getElement().getPropertyRaw("i18n")).asString()
                        .contains("Afficher le mot de passe"));
    }

    @Test
    void an_american_reader_is_asked_for_a_time_as_america_writes_it() {
        login("analyst");
        browserPrefers(Locale.US);
        UI.getCurrent().navigate("reports");

        assertThat(_get(TimePicker.class).getI18n().getBadInputErrorMessage())
                .isEqualTo("Enter a time such as 2:30\u202FPM");
    }

    @Test
    void vaadin_s_banner_and_notices_are_in_the_page_s_language() {
        login("viewer");
        browserPrefers(Locale.FRANCE);

        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogText())
                .isEqualTo("Connexion perdue : nouvelle tentative…");
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogTextGaveUp())
                .startsWith("Connexion perdue. ");
        SystemMessages french = VaadinService.getCurrent().getSystemMessages(Locale.FRANCE, null);
        assertThat(french.getInternalErrorCaption()).isEqualTo("Une erreur s’est produite");
        assertThat(french.getInternalErrorMessage()).startsWith("Notez les modifications non enregistrées");
        assertThat(french.getSyncErrorCaption()).isEqualTo("Cette page n’est plus en phase avec le serveur");
        assertThat(french.getCookiesDisabledMessage()).startsWith("Sovereignty Watch a besoin des cookies");
        assertThat(VaadinService.getCurrent().getSystemMessages(Locale.UK, null).getInternalErrorCaption())
                .isEqualTo("Something went wrong");
    }
}
