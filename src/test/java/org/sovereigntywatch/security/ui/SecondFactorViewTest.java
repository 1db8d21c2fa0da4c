package org.sovereigntywatch.security.ui;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.base.ui.ShownTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.sovereigntywatch.security.MfaService;
import org.sovereigntywatch.security.MfaTestUsers;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.TotpSetup;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SecondFactorViewTest extends KaribuTest {

    @Autowired MfaService mfa;
    @Autowired MfaTestUsers testUsers;

    private TotpSetup authenticator;
    private long confirmedStep;
    private String[] recoveryCodes;

    @Test
    void a_wrong_or_used_code_is_explained_next_to_the_field_and_a_right_one_leads_into_the_application() {
        SecondFactorView view = openAsNewlyEnrolledUser();

        _setValue(view.code, testUsers.wrongCode(authenticator.secret()));
        _click(view.verify);
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).startsWith("That code is not right.");

        _setValue(view.code, testUsers.codeOfStep(authenticator.secret(), confirmedStep));
        _click(view.verify);
        assertThat(view.code.getErrorMessage()).isEqualTo("That code was already used. Wait for your app to show the next one.");

        _setValue(view.code, testUsers.codeOfStep(authenticator.secret(), confirmedStep + 1));
        _click(view.verify);
        assertThat(lastPageLoaded()).as("a full load, carrying the principal without the step").isEqualTo("/");
    }

    @Test
    void a_recovery_code_signs_in_and_says_how_many_are_left() {
        SecondFactorView view = openAsNewlyEnrolledUser();
        String recoveryCode = recoveryCodes[0];

        _setValue(view.code, recoveryCode);
        _click(view.verify);

        Dialog used = _get(Dialog.class);
        assertThat(used.getHeaderTitle()).isEqualTo("Signed in with a recovery code: 9 left. If you lost your phone, set up a "
                + "new authenticator on your account page.");
        _click(_get(used, Button.class, spec -> spec.withText("Continue")));
        assertThat(lastPageLoaded()).isEqualTo("/");
    }

    @Test
    void a_french_user_reads_the_code_page_its_refusals_and_the_recovery_code_notice_in_french() {
        openAsNewlyEnrolledUser();
        browserPrefers(Locale.FRANCE);
        SecondFactorView view = _get(SecondFactorView.class);
        ShownTexts.assertReadsInFrench();

        _setValue(view.code, testUsers.wrongCode(authenticator.secret()));
        _click(view.verify);
        assertThat(view.code.getErrorMessage()).startsWith("Ce code est incorrect.");
        ShownTexts.assertReadsInFrench();

        _setValue(view.code, recoveryCodes[0]);
        _click(view.verify);
        Dialog used = _get(Dialog.class);
        assertThat(used.getHeaderTitle()).isEqualTo("Connexion réussie avec un code de secours : il en reste 9. Si vous "
                + "avez perdu votre téléphone, configurez une nouvelle application d’authentification sur la page de "
                + "votre compte.");
        ShownTexts.assertReadsInFrench();
        _click(_get(used, Button.class, spec -> spec.withText("Continuer")));
        assertThat(lastPageLoaded()).isEqualTo("/");
    }

    private SecondFactorView openAsNewlyEnrolledUser() {
        login(testUsers.create(Role.ANALYST).getUsername());
        authenticator = mfa.startEnrolment();
        confirmedStep = testUsers.step();
        recoveryCodes = mfa.confirmEnrolment(testUsers.codeOfStep(authenticator.secret(), confirmedStep))
                .toArray(String[]::new);
        navigate(SecondFactorView.ROUTE);
        return _get(SecondFactorView.class);
    }
}
