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
    void a_paused_sign_in_says_plainly_when_to_try_again() {
        navigate("login?error&wait=72");

        assertThat(form().isError()).isTrue();
        assertThat(errorText("title")).isEqualTo("Too many failed sign-ins.");
        assertThat(errorText("message")).isEqualTo("Sign-in is paused for a while. Try again in 1 minute 12 seconds.");
    }

    @Test
    void an_expired_sign_in_form_asks_to_sign_in_again() {
        navigate("login?expired");

        assertThat(form().isError()).isTrue();
        assertThat(errorText("title")).isEqualTo("The sign-in page had expired.");
    }

    @Test
    void a_wait_that_is_no_number_of_seconds_is_shown_as_a_plain_failure() {
        navigate("login?error&wait=soon");

        assertThat(errorText("title")).isEqualTo("Incorrect username or password.");
    }

    @Test
    void waits_read_as_minutes_and_seconds() {
        assertThat(LoginView.duration(1)).isEqualTo("1 second");
        assertThat(LoginView.duration(12)).isEqualTo("12 seconds");
        assertThat(LoginView.duration(60)).isEqualTo("1 minute");
        assertThat(LoginView.duration(61)).isEqualTo("1 minute 1 second");
        assertThat(LoginView.duration(150)).isEqualTo("2 minutes 30 seconds");
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
