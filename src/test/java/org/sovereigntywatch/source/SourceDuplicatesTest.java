package org.sovereigntywatch.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sovereigntywatch.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The likely-duplicate check behind the source dialog's warning: the same web address, whatever the case of its
 * scheme and host, with or without a trailing slash, and with its site's name readable or in ASCII.
 */
@IntegrationTest
@WithUserDetails("analyst")
class SourceDuplicatesTest {

    @Autowired SourceService sources;
    @Autowired JdbcTemplate jdbc;

    private final String page = "Article-" + UUID.randomUUID();

    @ParameterizedTest
    @ValueSource(strings = {"https://www.example.org/news/%s", "HTTPS://WWW.Example.ORG/news/%s",
            "https://www.example.org/news/%s/", " https://www.example.org/news/%s "})
    void the_same_address_up_to_scheme_and_host_case_and_a_trailing_slash_is_a_likely_duplicate(String typed) {
        Source recorded = sources.save(new Source("Example", "An article", "https://www.example.org/news/" + page));

        assertThat(sources.likelyDuplicates(typed.formatted(page))).extracting(Source::getId)
                .containsExactly(recorded.getId());
    }

    @Test
    void a_recorded_address_with_a_trailing_slash_or_upper_case_host_is_found_too() {
        Source recorded = sources.save(new Source("Example", "An article", "HTTP://Example.org/" + page + "/?id=7"));

        assertThat(sources.likelyDuplicates("http://example.org/" + page + "?id=7")).extracting(Source::getId)
                .containsExactly(recorded.getId());
    }

    @Test
    void an_address_typed_with_quotes_finds_the_source_stored_percent_encoded() {
        Source recorded = sources.save(new Source("Example", "Search", "https://example.org/" + page + "?q=\"tiktok\""));

        assertThat(sources.likelyDuplicates("https://example.org/" + page + "?q=\"tiktok\"")).extracting(Source::getId)
                .containsExactly(recorded.getId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://xn--r8jz45g.jp/%s/", "HTTPS://例え。JP/%s", "https://例え.jp/%s"})
    void an_internationalised_site_name_is_the_same_site_in_its_readable_and_its_ascii_form(String typed) {
        Source recorded = sources.save(new Source("Example", "An article", "https://例え.jp/" + page));

        assertThat(sources.likelyDuplicates(typed.formatted(page))).extracting(Source::getId)
                .containsExactly(recorded.getId());
    }

    @Test
    void a_source_recorded_with_the_ascii_form_of_a_name_is_found_by_its_readable_form() {
        // Recorded by this test's user and cited by nothing: sources are visible to whoever recorded them.
        jdbc.update("insert into source (publisher, title, url, version, created_by) values ('Example', 'Older record', ?, 0, 'analyst')",
                "https://xn--r8jz45g.jp/" + page);

        assertThat(sources.likelyDuplicates("https://例え.jp/" + page)).extracting(Source::getUrl)
                .containsExactly("https://xn--r8jz45g.jp/" + page);
    }

    @Test
    void another_path_query_or_path_case_is_another_page() {
        sources.save(new Source("Example", "An article", "https://www.example.org/news/" + page));

        assertThat(sources.likelyDuplicates("https://www.example.org/news/" + page.toLowerCase())).isEmpty();
        assertThat(sources.likelyDuplicates("https://www.example.org/news/" + page + "?page=2")).isEmpty();
        assertThat(sources.likelyDuplicates("https://www.example.org/other/" + page)).isEmpty();
    }
}
