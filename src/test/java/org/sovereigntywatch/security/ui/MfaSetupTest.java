package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.component.html.Anchor;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.MfaService;
import org.sovereigntywatch.security.MfaTestUsers;
import org.sovereigntywatch.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class MfaSetupTest extends KaribuTest {

    private static final String OFF = "Off. Turn it on so that a stolen password alone does not open your account.";

    @Autowired MfaService mfa;
    @Autowired MfaTestUsers testUsers;

    @Test
    void a_user_turns_it_on_with_the_shown_key_and_a_code_then_sees_the_recovery_codes_once() {
        login(testUsers.create(Role.ANALYST).getUsername());
        MfaSetup setup = new MfaSetup(mfa);
        UI.getCurrent().add(setup);
        assertThat(setup.status.getText()).isEqualTo(OFF);

        _click(setup.setUp);
        assertThat(setup.enrolment.isVisible()).isTrue();
        assertThat(_find(setup, Svg.class)).as("the QR code").hasSize(1);
        String shownKey = setup.secret.getText();
        assertThat(shownKey).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");

        _setValue(setup.code, testUsers.wrongCode(shownKey));
        _click(setup.confirm);
        assertThat(setup.code.isInvalid()).isTrue();
        assertThat(setup.code.getErrorMessage()).startsWith("That code is not right.");
        assertThat(mfa.status().isOn()).isFalse();

        _setValue(setup.code, testUsers.code(shownKey, 0));
        _click(setup.confirm);
        assertThat(mfa.status().isOn()).isTrue();
        assertThat(setup.enrolment.isVisible()).isFalse();
        assertThat(setup.recoveryCodes.isVisible()).isTrue();
        List<String> recoveryCodes = _find(setup.recoveryCodeList, ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(recoveryCodes).hasSize(10);
        assertThat(mfa.verifySignInCode(recoveryCodes.getFirst()).recoveryCode()).isTrue();

        _click(setup.recoveryCodesSaved);
        assertThat(setup.recoveryCodes.isVisible()).isFalse();
        assertThat(setup.recoveryCodeList.getChildren()).as("shown once: no longer in the page").isEmpty();
        assertThat(setup.status.getText()).startsWith("On since").endsWith("Unused recovery codes: 9.");
        assertThat(setup.setUp.isVisible()).isFalse();
        assertThat(setup.turnOff.isVisible()).isTrue();
    }

    @Test
    void turning_it_off_asks_for_a_current_code_and_says_when_it_is_wrong() {
        login(testUsers.create(Role.VIEWER).getUsername());
        var started = mfa.startEnrolment();
        long step = testUsers.step();
        mfa.confirmEnrolment(testUsers.codeOfStep(started.secret(), step));
        MfaSetup setup = new MfaSetup(mfa);
        UI.getCurrent().add(setup);

        _click(setup.turnOff);
        CurrentCodeDialog dialog = _get(CurrentCodeDialog.class);
        _setValue(dialog.code, testUsers.wrongCode(started.secret()));
        _click(dialog.confirm);
        assertThat(dialog.code.getErrorMessage()).startsWith("That code is not right.");
        assertThat(dialog.isOpened()).isTrue();

        _setValue(dialog.code, testUsers.codeOfStep(started.secret(), step + 1));
        _click(dialog.confirm);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(setup.status.getText()).isEqualTo(OFF);
        assertThat(mfa.status().isOn()).isFalse();
    }

    @Test
    void the_forced_set_up_page_starts_at_once_and_goes_on_into_the_application_once_the_codes_are_saved() {
        AppUser user = testUsers.create(Role.REVIEWER);
        login(user.getUsername());
        navigate(MfaSetupView.ROUTE);
        MfaSetupView view = _get(MfaSetupView.class);
        assertThat(view.setup.enrolment.isVisible()).isTrue();

        _setValue(view.setup.code, testUsers.code(view.setup.secret.getText(), 0));
        _click(view.setup.confirm);
        _click(view.setup.recoveryCodesSaved);

        assertThat(lastPageLoaded()).isEqualTo("/");
        assertThat(mfa.status().isOn()).isTrue();
    }

    @Test
    void a_french_user_sets_it_up_on_the_forced_page_in_french() {
        login(testUsers.create(Role.REVIEWER).getUsername());
        browserPrefers(Locale.FRANCE);
        navigate(MfaSetupView.ROUTE);
        MfaSetupView view = _get(MfaSetupView.class);
        ShownTexts.assertReadsInFrench();
        assertThat(_get(view, Svg.class).getElement().getProperty("innerHTML", "")).as("the QR code's name for screen readers")
                .contains("aria-label=\"Code QR pour ajouter Sovereignty Watch à une application d’authentification\"");

        _setValue(view.setup.code, testUsers.wrongCode(view.setup.secret.getText()));
        _click(view.setup.confirm);
        assertThat(view.setup.code.getErrorMessage()).startsWith("Ce code est incorrect.");
        _setValue(view.setup.code, testUsers.code(view.setup.secret.getText(), 0));
        _click(view.setup.confirm);

        expectNotifications("La connexion en deux étapes est activée.");
        ShownTexts.assertReadsInFrench();
        assertThat(_get(view.setup.recoveryCodesDownload, Anchor.class).getText()).isEqualTo("Télécharger en fichier texte");
    }

    @Test
    void a_french_user_with_it_on_confirms_a_change_with_a_code_in_french() {
        login(testUsers.create(Role.VIEWER).getUsername());
        var started = mfa.startEnrolment();
        long step = testUsers.step();
        mfa.confirmEnrolment(testUsers.codeOfStep(started.secret(), step));
        browserPrefers(Locale.FRANCE);
        MfaSetup setup = new MfaSetup(mfa);
        UI.getCurrent().add(setup);
        assertThat(setup.status.getText()).startsWith("Activée depuis le").endsWith("Codes de secours inutilisés : 10.");

        _click(setup.newRecoveryCodes);
        CurrentCodeDialog dialog = _get(CurrentCodeDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Confirmez votre identité");
        _setValue(dialog.code, "");
        _click(dialog.confirm);
        assertThat(dialog.code.getErrorMessage())
                .isEqualTo("Saisissez le code à 6 chiffres de votre application d’authentification, ou un code de secours.");
        ShownTexts.assertReadsInFrench();
    }

    @Test
    void the_forced_set_up_page_opened_after_it_is_done_only_offers_to_go_on() {
        // Not an admin: UserServiceTest counts the enabled admins.
        login(testUsers.create(Role.REVIEWER).getUsername());
        var started = mfa.startEnrolment();
        mfa.confirmEnrolment(testUsers.code(started.secret(), 0));

        navigate(MfaSetupView.ROUTE);
        MfaSetupView view = _get(MfaSetupView.class);
        assertThat(view.setup.enrolment.isVisible()).isFalse();
        assertThat(view.setup.actions.isVisible()).isFalse();
        _click(view.goOn);

        assertThat(lastPageLoaded()).isEqualTo("/");
    }
}
