package org.sovereigntywatch.source;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.PostgresTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.util.Map;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V12 lets a source be a citation without a web address: the sources recorded before keep their address and need no
 * citation key, and from then on a row holds an address or a citation key, on both databases.
 */
class SourceCitationMigrationTest {

    @Test
    void sources_recorded_before_keep_their_address_and_a_citation_may_follow_on_h2() {
        opensSourcesToCitations(new SingleConnectionDataSource("jdbc:h2:mem:source-citation-migration;DB_CLOSE_DELAY=-1",
                "sa", "", true));
    }

    @Test
    void sources_recorded_before_keep_their_address_and_a_citation_may_follow_on_postgresql() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        try {
            opensSourcesToCitations(new SingleConnectionDataSource(database.url(), database.user(), "", true));
        } finally {
            database.drop();
        }
    }

    private static void opensSourcesToCitations(DataSource dataSource) {
        flyway(dataSource, "11").migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into source (publisher, title, url, version) "
                + "values ('Reuters', 'TikTok ban blocked', 'https://example.org/ban', 0)");

        flyway(dataSource, "latest").migrate();

        Map<String, Object> recorded = jdbc.queryForMap("select publisher, title, url, citation_key from source");
        assertThat(recorded).containsEntry("publisher", "Reuters").containsEntry("url", "https://example.org/ban")
                .containsEntry("citation_key", null);
        jdbc.update("insert into source (title, citation_key, version) "
                + "values ('Executive Order 13942', 'executive order 13942', 0)");
        assertThat(jdbc.queryForObject("select count(*) from source where url is null and publisher is null",
                Long.class)).isOne();
        assertThatThrownBy(() -> jdbc.update("insert into source (title, version) values ('Neither', 0)"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into source (title, url, version) "
                + "values ('A script', 'javascript:alert(1)', 0)")).isInstanceOf(DataIntegrityViolationException.class);
    }

    private static Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
    }
}
