package org.sovereigntywatch;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionFilter;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the application needs from its database, run once on H2 and once on PostgreSQL: every migration applies, the
 * entities match the schema (Hibernate validates it at start), the repository queries behind the lazy grids filter and
 * sort the same way, and the constraints hold.
 */
@WithUserDetails("admin")
abstract class PersistenceContract {

    @Autowired Flyway flyway;
    @Autowired JdbcTemplate jdbc;
    @Autowired JurisdictionService jurisdictions;
    @Autowired PlatformService platforms;
    @Autowired UserService users;
    @Autowired org.sovereigntywatch.concern.ConcernService concerns;
    @Autowired org.sovereigntywatch.timeline.EventService events;

    @Test
    void every_migration_applied() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty()
                .allSatisfy(migration -> assertThat(migration.getState().isFailed()).isFalse());
    }

    @Test
    void the_countries_are_seeded_and_filtered_and_sorted_in_sql() {
        assertThat(jurisdictions.count(new JurisdictionFilter("", JurisdictionLevel.NATIONAL)))
                .isEqualTo(Locale.getISOCountries().length);
        assertThat(jurisdictions.list(new JurisdictionFilter("united", JurisdictionLevel.NATIONAL),
                PageRequest.of(0, 3, Sort.by(Sort.Direction.DESC, "code"))))
                .extracting(Jurisdiction::getCode).containsExactly("US", "GB", "AE");
    }

    @Test
    void platforms_are_found_by_alias_and_names_are_unique_ignoring_case() {
        assertThat(platforms.list("rednote", PageRequest.of(0, 10, Sort.by("name"))))
                .extracting(Platform::getName).containsExactly("Xiaohongshu");
        assertThat(platforms.list("", PageRequest.of(0, 50, Sort.by("homeJurisdiction.code", "name"))))
                .extracting(Platform::getName).containsSubsequence("TikTok", "WeChat", "Xiaohongshu", "Facebook");
        assertThatThrownBy(() -> platforms.save(new Platform("TIKTOK")))
                .isInstanceOf(org.sovereigntywatch.base.FieldErrorException.class);
    }

    @Test
    void a_stale_save_is_refused() {
        String name = "Stale " + UUID.randomUUID();
        platforms.save(new Platform(name));
        Platform first = platforms.findByName(name).orElseThrow();
        Platform second = platforms.findByName(name).orElseThrow();
        first.setOperatorCompany("First editor");
        second.setOperatorCompany("Second editor");
        platforms.save(first);
        assertThatThrownBy(() -> platforms.save(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void only_an_expected_step_can_have_not_happened_and_a_status_date_keeps_its_precision() {
        assertThatThrownBy(() -> jdbc.update("update policy_event set cancelled = true where expected = false"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                "update policy_measure set current_since_precision = null where current_since is not null"))
                .isInstanceOf(DataIntegrityViolationException.class);
        // India's demo block of 59 apps was made permanent in January 2021: a month.
        var latest = events.latestHappenedByJurisdiction(org.sovereigntywatch.timeline.EventFilter.ALL
                .withText("Blocking of 59 Chinese apps").withJurisdictions(java.util.Set.of("IN"))
                .withMeasureStates(java.util.Set.of(org.sovereigntywatch.base.PublicationState.PUBLISHED)));
        assertThat(latest).singleElement().extracting(row -> row.latest())
                .isEqualTo(org.sovereigntywatch.timeline.PolicyDate.month(2021, 1));
    }

    @Test
    void users_are_searched_in_sql() {
        assertThat(users.count("ana")).isEqualTo(1);
        assertThat(users.list("review", PageRequest.of(0, 5, Sort.by("username"))))
                .extracting(user -> user.getUsername()).contains("reviewer");
    }

    @Test
    void the_register_queries_run_with_every_filter_set_and_with_none() throws java.io.IOException {
        var allConcerns = org.sovereigntywatch.concern.ConcernFilter.ALL;
        var everyConcernFilter = allConcerns.withText("tiktok").withJurisdictions(java.util.Set.of("US", "CN"))
                .withPlatforms(java.util.Set.of(platforms.findByName("TikTok").orElseThrow().getId()))
                .withCategory(org.sovereigntywatch.concern.ConcernCategory.CONTENT_MANIPULATION)
                .withLevel(org.sovereigntywatch.concern.RiskLevel.CRITICAL)
                .withStates(java.util.Set.of(org.sovereigntywatch.base.PublicationState.PUBLISHED))
                .open(true).overdue(false).changedBetween(java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.now());
        assertThat(concerns.list(everyConcernFilter, PageRequest.of(0, 10, Sort.by("platform.name", "nextReview"))))
                .extracting(org.sovereigntywatch.concern.ConcernRow::title)
                .containsExactly("TikTok: espionage and manipulation risk for 170 million US users");
        assertThat(concerns.count(allConcerns)).isGreaterThanOrEqualTo(3);
        assertThat(concerns.heatmap(allConcerns)).isNotEmpty();
        assertThat(concerns.countOpenByScore(everyConcernFilter)).hasSize(1);

        var everyEventFilter = org.sovereigntywatch.timeline.EventFilter.ALL.withText("ban")
                .withJurisdictions(java.util.Set.of("US", "IN"))
                .withPlatforms(java.util.Set.of(platforms.findByName("TikTok").orElseThrow().getId()))
                .between(java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2025, 12, 31))
                .withAction(org.sovereigntywatch.timeline.EventAction.IN_FORCE).withExpected(false)
                .withMeasureStates(java.util.Set.of(org.sovereigntywatch.base.PublicationState.PUBLISHED));
        assertThat(events.list(everyEventFilter, PageRequest.of(0, 10, Sort.by("measure.title", "periodStart"))))
                .extracting(org.sovereigntywatch.timeline.EventRow::summary)
                .contains("The ban takes effect as ByteDance has not sold TikTok.", "The ban is made permanent.");
        assertThat(events.count(org.sovereigntywatch.timeline.EventFilter.ALL)).isGreaterThanOrEqualTo(12);
        assertThat(events.latestHappenedByPlatform(everyEventFilter)).extracting(latest -> latest.key())
                .containsExactly("TikTok");
        // Sorted, the ids of a chunk are scattered and their lists are looked up by id; unsorted, by a range of ids.
        for (Sort sort : java.util.List.of(Sort.by(Sort.Direction.DESC, "periodStart"), Sort.unsorted())) {
            var csv = new java.io.ByteArrayOutputStream();
            assertThat(events.exportCsv(everyEventFilter, sort, csv)).isEqualTo(2);
            assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains(",TikTok,", ",https://viralmag.fr/?p=64330");
        }
    }

    @Test
    void the_schema_refuses_what_the_application_refuses() {
        assertThatThrownBy(() -> jdbc.update(
                "insert into source (publisher, title, url, version) values ('P', 'T', 'javascript:alert(1)', 0)"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                "insert into app_user_jurisdiction (user_id, jurisdiction_code) select id, 'QQ' from app_user where username = 'viewer'"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
