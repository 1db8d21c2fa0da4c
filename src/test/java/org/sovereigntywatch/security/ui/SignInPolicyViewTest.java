package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.component.html.Paragraph;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.base.ui.AccessDeniedView;
import org.sovereigntywatch.security.MfaService;
import org.sovereigntywatch.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class SignInPolicyViewTest extends KaribuTest {

    @Autowired MfaService mfa;

    @Test
    void an_admin_ticks_the_roles_that_require_a_second_step() {
        login("admin");
        UI.getCurrent().navigate(SignInPolicyView.class);
        SignInPolicyView view = _get(SignInPolicyView.class);
        try {
            _setValue(view.requires.get(Role.REVIEWER), true);
            _setValue(view.requires.get(Role.ADMIN), true);
            _click(view.save);
            assertThat(mfa.requiredRoles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.ADMIN);

            UI.getCurrent().navigate(SignInPolicyView.class);
            assertThat(_get(SignInPolicyView.class).requires.get(Role.ADMIN).getValue()).isTrue();
            assertThat(_get(SignInPolicyView.class).requires.get(Role.ANALYST).getValue()).isFalse();
        } finally {
            mfa.setRequiredRoles(Set.of());
        }
    }

    @Test
    void a_french_admin_reads_the_sign_in_policy_in_french() {
        login("admin");
        browserPrefers(Locale.FRANCE);
        UI.getCurrent().navigate(SignInPolicyView.class);
        SignInPolicyView view = _get(SignInPolicyView.class);

        ShownTexts.assertReadsInFrench();
        assertThat(view.requires.get(Role.REVIEWER).getLabel()).isEqualTo("Relecteur : connexion en deux étapes obligatoire");
        assertThat(_get(view, Paragraph.class).getText()).contains("cocher Relecteur ne coche pas Administrateur");
        _click(view.save);
        expectNotifications("Règles de connexion enregistrées");
    }

    @Test
    void a_reviewer_who_opens_it_by_address_is_told_it_is_not_allowed() {
        login("reviewer");
        UI.getCurrent().navigate(SignInPolicyView.class);
        _assertOne(AccessDeniedView.class);
        assertThat(_find(SignInPolicyView.class)).isEmpty();
    }
}
