package org.sovereigntywatch;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.validation.ConstraintViolationException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.DatabaseRefusal;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernCategory;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionFilter;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.MfaService;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.SecurityEventFilter;
import org.sovereigntywatch.security.SecurityEventType;
import org.sovereigntywatch.security.SecurityLog;
import org.sovereigntywatch.security.SecurityLogService;
import org.sovereigntywatch.security.Totp;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.LinkType;
import org.sovereigntywatch.timeline.PolicyArea;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

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
    @Autowired org.sovereigntywatch.timeline.MeasureService measures;
    @Autowired SourceService sources;
    @Autowired MfaService mfa;
    @Autowired TestRecords records;
    @Autowired DataSource dataSource;
    @Autowired SecurityLog securityLog;
    @Autowired SecurityLogService securityLogService;

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
                .withStates(java.util.Set.of(org.sovereigntywatch.editorial.PublicationState.PUBLISHED)));
        assertThat(latest).singleElement().extracting(row -> row.latest())
                .isEqualTo(org.sovereigntywatch.timeline.PolicyDate.month(2021, 1));
    }

    @Test
    void events_added_together_give_each_measure_the_status_of_its_latest_step_that_happened() {
        Jurisdiction canada = jurisdictions.findByCode("CA").orElseThrow();
        Set<Platform> tiktok = Set.of(platforms.findByName("TikTok").orElseThrow());
        PolicyMeasure stepped = new PolicyMeasure("Statuses " + UUID.randomUUID());
        stepped.setJurisdiction(canada);
        stepped.setPlatforms(tiktok);
        PolicyMeasure planned = new PolicyMeasure("Statuses " + UUID.randomUUID());
        planned.setJurisdiction(canada);
        planned.setPlatforms(tiktok);
        measures.createAll(java.util.List.of(stepped, planned));
        PolicyEvent expected = new PolicyEvent(stepped, PolicyDate.year(2030), EventAction.IN_FORCE, "Expected");
        expected.setExpected(true);
        PolicyEvent onlyPlanned = new PolicyEvent(planned, PolicyDate.year(2030), EventAction.IN_FORCE, "Expected");
        onlyPlanned.setExpected(true);
        events.addAll(java.util.List.of(
                new PolicyEvent(stepped, PolicyDate.day(2020, 5, 1), EventAction.ANNOUNCED, "Earliest"),
                new PolicyEvent(stepped, PolicyDate.month(2021, 3), EventAction.ADOPTED, "Same start, a month"),
                new PolicyEvent(stepped, PolicyDate.day(2021, 3, 1), EventAction.SIGNED, "Same start, a day"),
                expected, onlyPlanned));

        PolicyMeasure reread = measures.get(stepped.getId());
        assertThat(reread.getCurrentAction()).isEqualTo(EventAction.SIGNED);
        assertThat(reread.getCurrentSince()).isEqualTo(PolicyDate.day(2021, 3, 1));
        assertThat(measures.get(planned.getId()).getCurrentAction()).isNull();
        assertThat(measures.get(planned.getId()).getCurrentSince()).isNull();
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
                .withStates(java.util.Set.of(org.sovereigntywatch.editorial.PublicationState.PUBLISHED))
                .withOpenOnly(true).withOverdueOnly(false).changedBetween(java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.now());
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
                .withStates(java.util.Set.of(org.sovereigntywatch.editorial.PublicationState.PUBLISHED));
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
    void a_source_without_an_address_is_kept_found_by_its_citation_searched_and_exported_as_its_citation()
            throws java.io.IOException {
        String title = "Executive Order 13942 " + UUID.randomUUID();
        Source citation = sources.save(new Source(null, title));
        assertThat(sources.findByCitation(null, "  " + title.toUpperCase() + " ")).map(Source::getId)
                .contains(citation.getId());
        assertThat(sources.list(title.toLowerCase(Locale.ROOT), PageRequest.of(0, 5))).extracting(Source::getId)
                .containsExactly(citation.getId());

        Concern concern = records.newConcern(records.newPlatform(), "US", 2, 2);
        concern.setSources(Set.of(citation, sources.findByUrl("https://viralmag.fr/?p=64330").orElseThrow()));
        Concern cited = concerns.create(concern);
        for (Sort sort : java.util.List.of(Sort.by("title"), Sort.unsorted())) {
            var csv = new java.io.ByteArrayOutputStream();
            assertThat(concerns.exportCsv(org.sovereigntywatch.concern.ConcernFilter.ALL.withText(cited.getTitle()),
                    sort, csv)).isEqualTo(1);
            assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("," + title + "|https://viralmag.fr/?p=64330,");
        }

        assertThatThrownBy(() -> jdbc.update("insert into source (title, version) values ('Neither', 0)"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void security_events_are_written_in_a_transaction_of_their_own_and_filtered_in_sql() {
        String marker = UUID.randomUUID().toString();
        securityLog.record(SecurityEventType.SESSION_ENDED, "analyst", "Persistence " + marker);

        var every = SecurityEventFilter.ALL.withType(SecurityEventType.SESSION_ENDED).withUser("analyst")
                .between(Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1)))
                .withText(marker);
        assertThat(securityLogService.list(every, PageRequest.of(0, 10))).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo("admin");
            assertThat(row.occurredAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        });
        assertThat(securityLogService.count(every)).isEqualTo(1);
        assertThat(securityLogService.list(SecurityEventFilter.ALL, PageRequest.of(0, 10))).isNotEmpty();
    }

    /**
     * H2 2.4.240 tied every {@code CHECK (… IN …)} constraint to the session that created it: once the pool retired
     * the connection that ran the migrations (after 30 minutes), every save failed with "Check constraint invalid".
     * Here the pool replaces all its connections at once, then one record of every kind is saved and changed.
     */
    @Test
    void every_kind_of_record_saves_after_the_pool_replaced_the_connections_that_migrated() throws SQLException {
        Set<Object> sessionsBefore = openSessions();
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        // The pool closes evicted connections on a thread of its own.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Collections.disjoint(sessionsBefore, openSessions()));

        String unique = UUID.randomUUID().toString().substring(0, 8);
        Jurisdiction state = new Jurisdiction("US-" + unique.substring(0, 3).toUpperCase(Locale.ROOT),
                "Pool state " + unique, JurisdictionLevel.SUBNATIONAL);
        state.setParent(jurisdictions.findByCode("US").orElseThrow());
        jurisdictions.save(state);
        Platform platform = platforms.save(new Platform("Pool platform " + unique));
        Source source = sources.save(new Source("Pool publisher", "Pool title", "https://example.org/pool/" + unique));
        AppUser user = users.create(new AppUser("pool" + unique, "Pool user", Role.ANALYST), "a long enough password");
        user.setDisplayName("Pool user, renamed");
        users.update(user);

        Concern concern = records.newConcern(platform, "US", 4, 4);
        concern.setCategory(ConcernCategory.DATA_LOCALISATION);
        concern = concerns.create(concern);
        concern.setDescription("Changed after the pool was renewed");
        concern = concerns.update(concern);
        concern = concerns.move(concern.getId(), concern.getVersion(), PublicationState.IN_REVIEW, null);
        concerns.comment(concern.getId(), "A comment after the pool was renewed");

        PolicyMeasure measure = newMeasure("Pool measure " + unique, platform);
        measure.setSummary("Changed after the pool was renewed");
        measure = measures.update(measure);
        PolicyMeasure other = newMeasure("Pool measure amended " + unique, platform);
        measures.link(measure.getId(), LinkType.AMENDS, other.getId());
        measures.linkConcern(measure.getId(), concern.getId());
        PolicyEvent event = new PolicyEvent(measure, PolicyDate.month(2024, 1), EventAction.IN_FORCE, "Takes effect");
        event.setSources(Set.of(source));
        events.save(event);
        source.setQuote("Changed after the pool was renewed, once cited");
        sources.save(source);
        measure = measures.get(measure.getId());
        measures.move(measure.getId(), measure.getVersion(), PublicationState.IN_REVIEW, null);
        measures.comment(measure.getId(), "A comment after the pool was renewed");

        // Two-step sign-in: the policy (a CHECK … IN constraint), an authenticator, its recovery codes, an admin reset.
        mfa.setRequiredRoles(Set.of(Role.REVIEWER));
        mfa.setRequiredRoles(Set.of());
        var authenticator = mfa.startEnrolment();
        byte[] secret = org.sovereigntywatch.security.Base32.decode(authenticator.secret());
        var recoveryCodes = mfa.confirmEnrolment(Totp.APP.codeAt(secret, java.time.Instant.now()));
        assertThat(mfa.verifySignInCode(recoveryCodes.getFirst()).recoveryCodesLeft()).isEqualTo(9);
        long adminId = users.findByUsername("admin").orElseThrow().getId();
        assertThat(mfa.onSince(adminId)).isPresent();
        mfa.reset(adminId);
        assertThat(mfa.onSince(adminId)).isEmpty();

        assertThat(concerns.get(concern.getId()).getState()).isEqualTo(PublicationState.IN_REVIEW);
        assertThat(measures.get(measure.getId()).getCurrentAction()).isEqualTo(EventAction.IN_FORCE);
        assertThat(events.eventsOf(measure.getId())).hasSize(1);
        assertThat(measures.links(measure.getId())).hasSize(1);
        // The sources' visibility, in SQL: cited by an event of a measure the admin sees.
        assertThat(sources.list("pool/" + unique, PageRequest.of(0, 10, Sort.by("title")))).hasSize(1);
        assertThat(sources.count("pool/" + unique)).isEqualTo(1);
    }

    /** The fields a refusal names, as a form looks them up: the last node of each violation's path. */
    private static java.util.List<String> fieldsOf(ConstraintViolationException refused) {
        return refused.getConstraintViolations().stream().map(violation -> {
            String field = "";
            for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
                field = node.getName();
            }
            return field;
        }).toList();
    }

    /** The ids of the database sessions open now, this one included. */
    private Set<Object> openSessions() {
        return Set.copyOf(jdbc.queryForList(openSessionsQuery(), Object.class));
    }

    /** The query listing the database's open sessions, by id. */
    protected abstract String openSessionsQuery();

    private PolicyMeasure newMeasure(String title, Platform platform) {
        PolicyMeasure measure = new PolicyMeasure(title);
        measure.setJurisdiction(jurisdictions.findByCode("US").orElseThrow());
        measure.setPlatforms(Set.of(platform));
        measure.setPolicyArea(PolicyArea.NATIONAL_SECURITY);
        measure.setInstrument(Instrument.LAW);
        return measures.create(measure);
    }

    @Test
    void a_draft_is_deleted_with_all_that_belongs_only_to_it_and_likely_duplicates_are_found() {
        Platform platform = records.newPlatform();
        var concern = records.create(records.newConcern(platform, "US", 2, 3));
        var measure = new org.sovereigntywatch.timeline.PolicyMeasure("Deleted draft " + UUID.randomUUID());
        measure.setJurisdiction(jurisdictions.findByCode("US").orElseThrow());
        measure.setPlatforms(java.util.Set.of(platform));
        long measureId = measures.create(measure).getId();
        var event = new org.sovereigntywatch.timeline.PolicyEvent(measure,
                org.sovereigntywatch.timeline.PolicyDate.year(2024), org.sovereigntywatch.timeline.EventAction.SIGNED,
                "Signed");
        event.setSources(concern.getSources());
        long eventId = events.save(event).getId();
        measures.linkConcern(measureId, concern.getId());
        measures.link(measureId, org.sovereigntywatch.timeline.LinkType.AMENDS,
                measures.list(org.sovereigntywatch.timeline.MeasureFilter.ALL, PageRequest.of(0, 1)).getFirst().getId());

        assertThat(measures.likelyDuplicates("US", measure.getTitle().toUpperCase(), null)).hasSize(1);
        assertThat(concerns.likelyDuplicates(platform.getId(), "US", "CN", concern.getTitle(), null)).hasSize(1);
        assertThat(sources.likelyDuplicates("HTTPS://VIRALMAG.FR/?p=64330")).hasSize(1);

        // What belongs to a deleted item goes by the schema's ON DELETE CASCADE (both databases must apply it), its
        // review log by the service.
        concerns.delete(concern.getId(), concern.getVersion());
        for (String rows : java.util.List.of("concern where id", "review_entry where item_kind = 'concern' and item_id",
                "concern_source where concern_id", "measure_concern where concern_id")) {
            assertThat(jdbc.queryForObject("select count(*) from " + rows + " = ?", Long.class, concern.getId()))
                    .as(rows).isZero();
        }
        measures.delete(measureId, measures.get(measureId).getVersion());
        for (String rows : java.util.List.of("policy_measure where id", "policy_event where measure_id",
                "review_entry where item_kind = 'measure' and item_id", "policy_measure_platform where measure_id",
                "measure_link where from_measure_id")) {
            assertThat(jdbc.queryForObject("select count(*) from " + rows + " = ?", Long.class, measureId))
                    .as(rows).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from policy_event_source where event_id = ?", Long.class,
                eventId)).isZero();
    }

    @Test
    void a_control_character_in_a_text_is_refused_naming_its_field_before_the_database_sees_it() {
        Platform platform = records.newPlatform();
        Concern concern = records.newConcern(platform, "US", 2, 2);
        String title = "NUL in a title " + UUID.randomUUID() + "\u0000";
        concern.setTitle(title);
        concern.setDescription("A bell \u0007 in a description");
        assertThatThrownBy(() -> concerns.create(concern))
                .isInstanceOfSatisfying(ConstraintViolationException.class, refused ->
                        assertThat(fieldsOf(refused)).containsExactlyInAnyOrder("title", "description"));
        assertThat(jdbc.queryForObject("select count(*) from concern where title like ?", Long.class,
                "NUL in a title%")).isZero();

        Platform renamed = platforms.findByName(platform.getName()).orElseThrow();
        renamed.setOperatorCompany("Operator\u0000 Ltd");
        assertThatThrownBy(() -> platforms.save(renamed)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("operatorCompany");

        Concern saved = concerns.create(records.newConcern(platform, "US", 2, 2));
        assertThatThrownBy(() -> concerns.comment(saved.getId(), "A comment with a NUL \u0000 in it"))
                .isInstanceOfSatisfying(org.sovereigntywatch.base.FieldErrorException.class,
                        refused -> assertThat(refused.getProperty()).isEqualTo("comment"));
        assertThat(concerns.reviewLog(saved.getId())).noneMatch(entry -> !entry.isMove());
    }

    @Test
    void searching_or_looking_up_a_control_character_finds_nothing_instead_of_failing() {
        String nul = "tik\u0000tok";
        assertThat(concerns.list(org.sovereigntywatch.concern.ConcernFilter.ALL.withText(nul), PageRequest.of(0, 5)))
                .isEmpty();
        assertThat(measures.count(org.sovereigntywatch.timeline.MeasureFilter.ALL.withText(nul))).isZero();
        assertThat(events.count(org.sovereigntywatch.timeline.EventFilter.ALL.withText(nul))).isZero();
        assertThat(jurisdictions.count(new JurisdictionFilter(nul, null))).isZero();
        assertThat(platforms.count(nul)).isZero();
        assertThat(sources.count(nul)).isZero();
        assertThat(users.count(nul)).isZero();
        assertThat(platforms.findByName("Tik\u0000Tok")).isEmpty();
        assertThat(jurisdictions.findByCode("U\u0000S")).isEmpty();
        assertThat(users.findByUsername("admin\u0000")).isEmpty();
        assertThat(concerns.likelyDuplicates(platforms.findByName("TikTok").orElseThrow().getId(), "US", "CN",
                "TikTok\u0000", null)).isEmpty();
        assertThat(measures.likelyDuplicates("U\u0000S", "TikTok\u0000", null)).isEmpty();
    }

    @Test
    void multi_line_text_keeps_its_tabs_and_line_breaks_on_the_way_to_the_database_and_back() {
        String text = "\tIndented first line\r\nsecond line\n\n\tafter a blank line";
        Concern concern = records.newConcern(records.newPlatform(), "US", 2, 2);
        concern.setDescription(text);
        Concern saved = concerns.create(concern);
        concerns.comment(saved.getId(), "A comment\non two lines");

        assertThat(concerns.get(saved.getId()).getDescription()).isEqualTo(text);
        assertThat(concerns.reviewLog(saved.getId())).extracting(entry -> entry.getComment())
                .contains("A comment\non two lines");
    }

    @Test
    void dates_outside_1900_to_2200_are_refused_before_the_database_could_shift_them() {
        Source ancient = new Source("Publisher", "Year minus one", "https://example.org/" + UUID.randomUUID());
        ancient.setPublishedOn(java.time.LocalDate.of(-1, 1, 1));
        assertThatThrownBy(() -> sources.save(ancient)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("publishedOn: Enter a date from 1900 to 2200");

        Source earliest = new Source("Publisher", "The first day allowed", "https://example.org/" + UUID.randomUUID());
        earliest.setPublishedOn(java.time.LocalDate.of(1900, 1, 1));
        assertThat(sources.findByUrl(sources.save(earliest).getUrl()).orElseThrow().getPublishedOn())
                .isEqualTo(java.time.LocalDate.of(1900, 1, 1));

        Concern concern = records.newConcern(records.newPlatform(), "US", 2, 2);
        concern.setNextReview(java.time.LocalDate.of(2201, 1, 1));
        assertThatThrownBy(() -> concerns.create(concern)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("nextReview: Enter a date from 1900 to 2200");
        concern.setNextReview(java.time.LocalDate.of(2200, 12, 31));
        assertThat(concerns.get(concerns.create(concern).getId()).getNextReview())
                .isEqualTo(java.time.LocalDate.of(2200, 12, 31));

        PolicyMeasure measure = newMeasure("Dated measure " + UUID.randomUUID(), records.newPlatform());
        PolicyEvent early = new PolicyEvent(measure, PolicyDate.year(1899), EventAction.ANNOUNCED, "Too early");
        assertThatThrownBy(() -> events.save(early)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Enter a date from 1900 to 2200");
        assertThat(events.eventsOf(measure.getId())).isEmpty();
    }

    @Test
    void a_value_the_database_cannot_store_is_told_apart_from_a_clash_with_another_record() {
        var tooLong = catchThrowableOfType(DataIntegrityViolationException.class, () -> jdbc.update(
                "update jurisdiction set name = ? where code = 'US'", "x".repeat(Jurisdiction.NAME_MAX + 1)));
        assertThat(DatabaseRefusal.of(tooLong)).isEqualTo(DatabaseRefusal.VALUE);
        var notAWebAddress = catchThrowableOfType(DataIntegrityViolationException.class, () -> jdbc.update(
                "insert into source (publisher, title, url, version) values ('P', 'T', 'ftp://example.org', 0)"));
        assertThat(DatabaseRefusal.of(notAWebAddress)).isEqualTo(DatabaseRefusal.VALUE);
        var nameTaken = catchThrowableOfType(DataIntegrityViolationException.class, () -> jdbc.update(
                "insert into platform (name, version) values ('TikTok', 0)"));
        assertThat(DatabaseRefusal.of(nameTaken)).isEqualTo(DatabaseRefusal.CLASH);
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
