package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import tools.jackson.databind.JsonNode;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** What the sign-in page says when the security filters send a visitor back to it. */
class LoginViewTest extends KaribuTest {

    @Test
    void a_fresh_sign_in_page_shows_no_error() {
        navigate("login");

        assertThat(form().isError()).isFalse();
    }

    @Test
    void a_failed_sign_in_says_so_without_telling_whether_the_user_exists() {
        navigate("login?error");

        assertThat(form().isError()).isTrue();
        assertThat(errorText("title")).isEqualTo("Incorrect username or password.");
    }

    @Test
    void an_expired_sign_in_form_asks_to_sign_in_again() {
        navigate("login?expired");

        assertThat(form().isError()).isTrue();
        assertThat(errorText("title")).isEqualTo("The sign-in page had expired.");
    }

    private static LoginForm form() {
        return _get(LoginForm.class);
    }

    /** The error box's texts, as the form sends them to the browser. */
    private static String errorText(String part) {
        JsonNode i18n = (JsonNode) form().getElement().getPropertyRaw("i18n");
        return i18n.get("errorMessage").get(part).asString();
    }
}
