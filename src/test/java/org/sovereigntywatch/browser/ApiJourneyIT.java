package org.sovereigntywatch.browser;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API as an integrator meets it: a token made on the account page, shown once, used by a script outside the
 * browser, revoked there; and the API's description as a browsable page.
 */
@RealBrowser
class ApiJourneyIT {

    private final String name = "newsroom map " + UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient script = HttpClient.newHttpClient();

    @Test
    void a_viewer_makes_a_token_a_script_reads_published_concerns_with_it_and_revoking_it_shuts_the_script_out(Ui ui)
            throws Exception {
        ui.signIn("viewer").open("account").click("New token");
        ui.field("Name").type(name);
        ui.click("Create token");
        assertThat(ui.waitForText("it is shown only once")).contains(name);
        String token = String.valueOf(ui.script("return document.querySelector('.api-token-secret').value"));
        assertThat(token).startsWith("swt_").hasSize(47);
        ui.click("Done");
        assertThat(ui.text()).doesNotContain(token).contains(name, "swt_…" + token.substring(43), "Never");

        HttpResponse<String> concerns = get(ui, token, "api/v1/concerns?limit=5");
        assertThat(concerns.statusCode()).isEqualTo(200);
        assertThat(concerns.body()).contains("\"state\":\"PUBLISHED\"").doesNotContain("\"state\":\"DRAFT\"");
        // Only a real server parses the query string: a value that is not UTF-8 stops Tomcat, not the API.
        HttpResponse<String> unreadable = get(ui, token, "api/v1/concerns?q=%FF");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).contains("\"code\":\"bad-parameter\"", "The query string cannot be read");

        ui.click("Revoke the token " + name);
        assertThat(ui.waitForText("Scripts that use it are refused")).contains(name);
        ui.click("Revoke");
        assertThat(ui.waitForText("Revoked by viewer")).contains(name);

        HttpResponse<String> refused = get(ui, token, "api/v1/concerns");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"code\":\"token-revoked\"");
    }

    @Test
    void the_apis_description_opens_as_a_browsable_page_for_anyone(Ui ui) {
        ui.open("api/docs");

        assertThat(ui.waitForText("List concerns")).contains("Sovereignty Watch API", "One concern", "Authorize", "Schemas");
    }

    private HttpResponse<String> get(Ui ui, String token, String path) throws IOException, InterruptedException {
        return script.send(HttpRequest.newBuilder(URI.create(ui.url(path)))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
