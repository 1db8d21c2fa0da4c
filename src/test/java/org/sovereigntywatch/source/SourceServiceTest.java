package org.sovereigntywatch.source;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithUserDetails("analyst")
class SourceServiceTest {

    @Autowired SourceService sources;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_analyst_records_a_source_with_its_quote() {
        Source source = new Source("Tom's Guide FR", "Des créateurs américains quittent TikTok pour Xiaohongshu",
                "https://www.example.org/tiktok-xiaohongshu");
        source.setPublishedOn(LocalDate.of(2025, 1, 15));
        source.setLanguage("fr");
        source.setQuote("La plateforme affirme stocker séparément les informations des utilisateurs hors de Chine.");
        Source saved = sources.save(source);
        assertThat(saved.getId()).isNotNull();
        assertThat(saved.getCreatedBy()).isEqualTo("analyst");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.cookie)", "JavaScript:alert(1)", "data:text/html,<script>",
            "file:///etc/passwd", "/relative/path", "https://", "ftp://example.org/file", "not a url"})
    void anything_but_a_web_address_is_refused(String url) {
        assertThatThrownBy(() -> sources.save(new Source("Publisher", "Title", url)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Enter a web address starting with http:// or https://");
    }

    @Test
    void an_address_with_quotes_and_angle_brackets_is_accepted_and_stored_as_a_browser_sends_it() {
        Source saved = sources.save(new Source("Publisher", "Title",
                " https://example.org/search?q=\"ban\" <TikTok> 100% sure&x=%41 "));
        assertThat(saved.getUrl())
                .isEqualTo("https://example.org/search?q=%22ban%22%20%3CTikTok%3E%20100%25%20sure&x=%41");
        assertThat(sources.findByUrl("https://example.org/search?q=\"ban\" <TikTok> 100% sure&x=%41"))
                .map(Source::getId).contains(saved.getId());
        assertThat(WebAddress.normalize(saved.getUrl())).isEqualTo(saved.getUrl());
    }

    @Test
    void an_address_that_still_cannot_be_linked_gets_a_message_naming_the_problem() {
        assertThatThrownBy(() -> sources.save(new Source("Publisher", "Title", "https://example.org/a\\b")))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("A web address cannot contain “\\” as it is: write it as %5C");
        assertThatThrownBy(() -> sources.save(new Source("Publisher", "Title", "https:///no-site")))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("and the site’s name, as in https://example.org/page");
    }

    @ParameterizedTest
    @ValueSource(strings = {" %s ", "\t%s\r\n", "\u00A0%s\u00A0", "\u200B%s\uFEFF", "\u3000%s\u202F"})
    void spaces_and_invisible_characters_around_an_address_are_trimmed(String typed) {
        String address = "https://example.org/trimmed/" + UUID.randomUUID();

        Source saved = sources.save(new Source("Publisher", "Title", typed.formatted(address)));

        assertThat(saved.getUrl()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://例え.jp/%s", "https://XN--R8JZ45G.jp/%s", "https://例え。jp/%s",
            "HTTPS://user@例え.jp:443/%s"})
    void an_internationalised_site_name_is_accepted_and_kept_readable_in_one_canonical_form(String typed) {
        String page = "page-" + UUID.randomUUID();
        Source saved = sources.save(new Source("Publisher", "Title", typed.formatted(page)));

        assertThat(saved.getUrl()).isEqualTo(typed.formatted(page).replace("XN--R8JZ45G", "例え").replace("。", "."));
        assertThat(saved.getUrl()).contains("例え.jp");
        assertThat(WebAddress.withAsciiHost(saved.getUrl())).contains("xn--r8jz45g.jp").doesNotContain("例え");
    }

    @Test
    void a_site_name_that_is_no_valid_internationalised_name_is_refused_with_a_message() {
        assertThatThrownBy(() -> sources.save(new Source("Publisher", "Title", "https://例え..jp/")))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("and the site’s name, as in https://example.org/page");
    }

    @Test
    void the_database_refuses_a_script_address_too_whoever_writes_it() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into source (publisher, title, url, version) values ('P', 'T', 'javascript:alert(1)', 0)
                """)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_source_cannot_be_published_in_the_future_and_the_language_is_a_code() {
        Source source = new Source("Publisher", "Title", "https://example.org/");
        source.setPublishedOn(LocalDate.now().plusDays(2));
        source.setLanguage("French");
        assertThatThrownBy(() -> sources.save(source))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("A source cannot be published in the future")
                .hasMessageContaining("Use a language code such as fr, en or zh-CN");
    }
}
