package org.sovereigntywatch.source;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sources without a web address: recorded by their title (and publisher, if known), and found again as the same
 * citation whatever the case and the spaces, by a look-up or by the cell an import reads.
 */
@IntegrationTest
@WithUserDetails("analyst")
class SourceCitationTest {

    @Autowired SourceService sources;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    private final String title = "TikTok ban blocked by judge " + UUID.randomUUID();

    @Test
    void a_source_is_saved_without_a_web_address_and_without_a_publisher() {
        Source saved = sources.save(new Source(null, "Executive Order 13942 " + title, ""));

        assertThat(saved.getId()).isNotNull();
        assertThat(saved.getUrl()).isNull();
        assertThat(saved.getPublisher()).isNull();
        assertThat(saved.label()).isEqualTo("Executive Order 13942 " + title);
        assertThat(jdbc.queryForObject("select citation_key from source where id = ?", String.class, saved.getId()))
                .isEqualTo("executive order 13942 " + title.toLowerCase());
    }

    @Test
    void a_citation_is_found_ignoring_case_and_runs_of_spaces() {
        Source recorded = sources.save(new Source("Reuters", title));

        assertThat(sources.findByCitation("REUTERS", "  " + title.toUpperCase().replace(" ", "   ") + " "))
                .map(Source::getId).contains(recorded.getId());
        assertThat(sources.find(SourceCell.parse("reuters\u00A0—\u00A0" + title))).map(Source::getId)
                .contains(recorded.getId());
        // The same text, typed as a title alone, is the same citation: an export writes both alike.
        assertThat(sources.findByCitation(null, "Reuters — " + title)).map(Source::getId).contains(recorded.getId());
    }

    @Test
    void another_publisher_or_a_source_at_an_address_with_the_same_title_is_not_the_citation() {
        sources.save(new Source("Reuters", title, "https://www.example.org/" + UUID.randomUUID()));
        sources.save(new Source("Associated Press", title));

        assertThat(sources.findByCitation("Reuters", title)).isEmpty();
        assertThat(sources.findByCitation(null, title)).isEmpty();
    }

    @Test
    void a_cell_with_an_address_finds_the_source_at_that_address_as_the_duplicate_warning_does() {
        String page = "https://www.example.org/news/" + UUID.randomUUID();
        Source recorded = sources.save(new Source("Example", title, page));

        assertThat(sources.find(SourceCell.parse(page.replace("https://www.example.org", "HTTPS://WWW.EXAMPLE.ORG")
                + "/"))).map(Source::getId).contains(recorded.getId());
        assertThat(sources.find(SourceCell.parse("Example — " + title))).isEmpty();
    }

    @Test
    void a_citation_may_be_recorded_twice_on_purpose_and_both_are_pointed_out_oldest_first() {
        Source first = sources.save(new Source("Reuters", title));
        Source second = sources.save(new Source("reuters", title.toUpperCase()));

        assertThat(sources.likelyDuplicates(SourceCell.parse("Reuters — " + title)))
                .extracting(Source::getId).containsExactly(first.getId(), second.getId());
        assertThat(sources.find(SourceCell.parse("Reuters — " + title))).map(Source::getId).contains(first.getId());
    }

    @Test
    void a_citation_only_someone_else_can_see_is_not_found() {
        String canadianAnalyst = records.userCovering(Role.ANALYST, "CA");
        runAs.user(canadianAnalyst, () -> sources.save(new Source("Reuters", title)));

        assertThat(sources.findByCitation("Reuters", title)).isEmpty();
        assertThat(runAs.user(canadianAnalyst, () -> sources.findByCitation("Reuters", title))).isPresent();
    }

    @Test
    void giving_an_address_turns_a_citation_into_a_source_at_that_address() {
        Source recorded = sources.save(new Source("Reuters", title));
        recorded.setUrl("https://www.example.org/" + UUID.randomUUID());
        Source moved = sources.save(recorded);

        assertThat(sources.findByCitation("Reuters", title)).isEmpty();
        assertThat(sources.findByUrl(moved.getUrl())).map(Source::getId).contains(recorded.getId());
    }

    @Test
    void without_an_address_or_a_publisher_a_title_that_reads_as_an_address_is_refused_next_to_the_title() {
        assertThatThrownBy(() -> sources.save(new Source(null, "www.example.org " + title)))
                .isInstanceOfSatisfying(FieldErrorException.class, refused -> {
                    assertThat(refused.getProperty()).isEqualTo("title");
                    assertThat(Texts.format(Locale.UK, refused.text()))
                            .contains("put the address in the web address field, or add the publisher");
                    assertThat(Texts.format(Locale.FRANCE, refused.text()))
                            .contains("mettez l’adresse dans le champ Adresse web, ou ajoutez l’éditeur");
                });
        assertThat(sources.save(new Source("Example", "www.example.org " + title)).getId()).isNotNull();
    }

    @Test
    void the_database_keeps_either_an_address_or_a_citation_key_whoever_writes_to_it() {
        assertThatThrownBy(() -> jdbc.update("insert into source (title, version) values ('No address, no key', 0)"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("""
                insert into source (title, url, citation_key, version)
                values ('Both', 'https://example.org/both', 'both', 0)
                """)).isInstanceOf(DataIntegrityViolationException.class);
    }
}
