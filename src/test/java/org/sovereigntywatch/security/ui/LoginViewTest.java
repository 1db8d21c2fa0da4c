package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.internal.JacksonUtils;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.base.Texts;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        assertThat(duration(1, Locale.UK)).isEqualTo("1 second");
        assertThat(duration(12, Locale.UK)).isEqualTo("12 seconds");
        assertThat(duration(60, Locale.UK)).isEqualTo("1 minute");
        assertThat(duration(61, Locale.UK)).isEqualTo("1 minute 1 second");
        assertThat(duration(150, Locale.UK)).isEqualTo("2 minutes 30 seconds");
    }

    @Test
    void waits_read_as_minutes_and_seconds_in_french_too() {
        assertThat(duration(1, Locale.FRANCE)).isEqualTo("1 seconde");
        assertThat(duration(12, Locale.FRANCE)).isEqualTo("12 secondes");
        assertThat(duration(60, Locale.FRANCE)).isEqualTo("1 minute");
        assertThat(duration(61, Locale.FRANCE)).isEqualTo("1 minute et 1 seconde");
        assertThat(duration(150, Locale.FRANCE)).isEqualTo("2 minutes et 30 secondes");
    }

    @Test
    void a_french_browser_gets_every_text_of_the_sign_in_form_in_french() {
        browserPrefers(Locale.FRANCE);
        navigate("login");

        JsonNode i18n = i18n();
        assertThat(i18n.get("form").get("title").asString()).isEqualTo("Sovereignty Watch");
        assertThat(i18n.get("form").get("username").asString()).isEqualTo("Nom d’utilisateur");
        assertThat(i18n.get("form").get("password").asString()).isEqualTo("Mot de passe");
        assertThat(i18n.get("form").get("submit").asString()).isEqualTo("Se connecter");
        assertThat(i18n.get("form").get("forgotPassword").asString()).isEqualTo("Mot de passe oublié ?");
        assertThat(i18n.get("errorMessage").get("title").asString()).isEqualTo("Nom d’utilisateur ou mot de passe incorrect.");
        assertThat(i18n.get("errorMessage").get("message").asString()).isEqualTo("Vérifiez-les et réessayez.");
        assertThat(i18n.get("errorMessage").get("username").asString()).isEqualTo("Saisissez votre nom d’utilisateur");
        assertThat(i18n.get("errorMessage").get("password").asString()).isEqualTo("Saisissez votre mot de passe");
        assertThat(i18n.get("additionalInformation").asString()).startsWith("Mot de passe oublié ? Demandez");
        assertThat(i18n.get("header").get("description").asString()).contains("souveraineté des données");
        assertThat(texts(i18n)).as("every text of the form").hasSize(12)
                .doesNotContainAnyElementsOf(texts(JacksonUtils.beanToJson(LoginI18n.createDefault())));
    }

    @Test
    void a_french_browser_is_told_in_french_that_sign_in_is_paused_or_that_the_form_expired() {
        browserPrefers(Locale.FRANCE);
        navigate("login?error&wait=72");
        assertThat(errorText("title")).isEqualTo("Trop de tentatives de connexion ont échoué.");
        assertThat(errorText("message"))
                .isEqualTo("La connexion est suspendue pour un moment. Réessayez dans 1 minute et 12 secondes.");

        navigate("login?expired");
        assertThat(errorText("title")).isEqualTo("La page de connexion avait expiré.");
        assertThat(errorText("message"))
                .isEqualTo("Saisissez à nouveau votre nom d’utilisateur et votre mot de passe.");
        assertThat(i18n().get("form").get("submit").asString()).isEqualTo("Se connecter");
    }

    private static String duration(long seconds, Locale locale) {
        return Texts.format(locale, LoginView.duration(seconds));
    }

    private static LoginForm form() {
        return _get(LoginForm.class);
    }

    /** The error box's texts, as the form sends them to the browser. */
    private static String errorText(String part) {
        return i18n().get("errorMessage").get(part).asString();
    }

    /** Every text of the form, as it sends them to the browser. */
    private static JsonNode i18n() {
        return (JsonNode) form().getElement().getPropertyRaw("i18n");
    }

    /** The texts in a form's {@code i18n}, wherever they are in it. */
    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isString()) {
            texts.add(node.asString());
        }
        node.forEach(child -> texts.addAll(texts(child)));
        return texts;
    }
}
