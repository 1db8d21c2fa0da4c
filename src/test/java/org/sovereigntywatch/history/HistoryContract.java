package org.sovereigntywatch.history;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.concern.ClaimStatus;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.dashboard.DashboardService;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.SignOff;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.report.Report;
import org.sovereigntywatch.report.ReportFilter;
import org.sovereigntywatch.report.ReportService;
import org.sovereigntywatch.report.SummaryRow;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventFilter;
import org.sovereigntywatch.timeline.EventRow;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.LinkType;
import org.sovereigntywatch.timeline.MeasureFilter;
import org.sovereigntywatch.timeline.MeasureRow;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the field-level history records, run once on H2 and once on PostgreSQL: every kind of item keeps who changed
 * it, when, and each changed field before and after; a failed save records nothing; passwords never show.
 */
abstract class HistoryContract {

    @Autowired ConcernService concerns;
    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired SourceService sources;
    @Autowired PlatformService platforms;
    @Autowired JurisdictionService jurisdictions;
    @Autowired UserService users;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;
    @Autowired JdbcTemplate jdbc;
    @Autowired DashboardService dashboards;
    @Autowired ReportService reports;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void a_concern_keeps_who_changed_which_field_from_what_to_what_and_when() {
        Instant start = Instant.now();
        Platform platform = records.newPlatform();
        Concern draft = records.newConcern(platform, "US", 3, 4);
        draft.setDescription("The platform stores foreign users’ data in Singapore.");
        Concern created = as("analyst", () -> concerns.create(draft));
        Concern edited = as("analyst", () -> {
            Concern copy = concerns.get(created.getId());
            copy.setLikelihood(5);
            copy.setClaimStatus(ClaimStatus.DISPUTED);
            copy.setDescription("The platform says it stores foreign users’ data in Singapore and Virginia.");
            return concerns.update(copy);
        });
        Concern submitted = as("analyst", () -> concerns.move(edited.getId(), edited.getVersion(),
                PublicationState.IN_REVIEW, null));
        as("reviewer", () -> concerns.move(submitted.getId(), submitted.getVersion(), PublicationState.DRAFT,
                "Cite the Virginia claim"));

        List<HistoryEntry> history = as("analyst", () -> concerns.history(created.getId()));

        assertThat(history).extracting(HistoryEntry::username, HistoryEntry::kind, HistoryEntry::version,
                        HistoryEntry::comment)
                .containsExactly(
                        tuple("reviewer", ChangeKind.CHANGED, 4, "Cite the Virginia claim"),
                        tuple("analyst", ChangeKind.CHANGED, 3, null),
                        tuple("analyst", ChangeKind.CHANGED, 2, null),
                        tuple("analyst", ChangeKind.CREATED, 1, null));
        assertThat(history).allSatisfy(entry -> assertThat(entry.at()).isBetween(start.minusSeconds(1),
                Instant.now().plusSeconds(1)));
        assertThat(history.get(0).changes()).containsExactly(new FieldChange("common.state",
                PublicationState.IN_REVIEW, PublicationState.DRAFT, false));
        assertThat(history.get(2).changes()).containsExactly(
                new FieldChange("common.description", "The platform stores foreign users’ data in Singapore.",
                        "The platform says it stores foreign users’ data in Singapore and Virginia.", true),
                new FieldChange("concern.field.claim-status", ClaimStatus.UNVERIFIED, ClaimStatus.DISPUTED, false),
                new FieldChange("concern.field.likelihood", 3, 5, false));
        assertThat(history.get(3).changes()).extracting(FieldChange::labelKey, FieldChange::before, FieldChange::after)
                .contains(tuple("common.title", null, created.getTitle()),
                        tuple("common.platform", null, platform.getName()),
                        tuple("concern.field.affected-jurisdiction", null, "US"),
                        tuple("common.owner", null, "Ana Analyst"),
                        tuple("common.state", null, PublicationState.DRAFT));
    }

    @Test
    void a_save_that_fails_records_nothing() {
        Concern created = as("analyst", () -> concerns.create(records.newConcern(records.newPlatform(), "US", 3, 3)));
        Concern stale = as("analyst", () -> concerns.get(created.getId()));
        as("analyst", () -> {
            Concern fresh = concerns.get(created.getId());
            fresh.setImpact(5);
            return concerns.update(fresh);
        });
        long revisions = revisionCount();

        stale.setLikelihood(1);
        assertThatThrownBy(() -> as("analyst", () -> concerns.update(stale)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        Concern blank = as("analyst", () -> concerns.get(created.getId()));
        blank.setTitle(" ");
        assertThatThrownBy(() -> as("analyst", () -> concerns.update(blank)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> as("viewer", () -> concerns.update(as("analyst", () -> concerns.get(created.getId())))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(revisionCount()).isEqualTo(revisions);
        assertThat(as("analyst", () -> concerns.history(created.getId()))).hasSize(2);
    }

    @Test
    void a_measure_s_history_holds_its_events_and_links_with_the_measure_s_own_changes() {
        Platform platform = records.newPlatform();
        PolicyMeasure measure = as("analyst", () -> measures.create(newMeasure(platform)));
        PolicyMeasure other = as("analyst", () -> measures.create(newMeasure(platform)));
        Concern concern = as("analyst", () -> concerns.create(records.newConcern(platform, "US", 2, 2)));
        as("analyst", () -> {
            measures.linkConcern(measure.getId(), concern.getId());
            measures.link(measure.getId(), LinkType.AMENDS, other.getId());
            PolicyEvent event = new PolicyEvent(measures.get(measure.getId()), PolicyDate.day(2025, 1, 19),
                    EventAction.IN_FORCE, "The ban takes effect");
            PolicyEvent saved = events.save(event);
            saved.setSummary("The ban takes effect; the app goes dark");
            return events.save(saved);
        });

        List<HistoryEntry> history = as("analyst", () -> measures.history(measure.getId()));

        assertThat(history.getFirst().changes()).containsExactly(new FieldChange("common.summary",
                "The ban takes effect", "The ban takes effect; the app goes dark", true));
        assertThat(history).filteredOn(entry -> entry.subject() != null)
                .extracting(entry -> entry.subject().key(), HistoryEntry::kind)
                .containsExactly(
                        tuple("history.subject.event", ChangeKind.CHANGED),
                        tuple("history.subject.event", ChangeKind.CREATED),
                        tuple("history.subject.link", ChangeKind.CREATED));
        assertThat(history.getLast()).extracting(HistoryEntry::kind, HistoryEntry::subject, HistoryEntry::version)
                .containsExactly(ChangeKind.CREATED, null, 1);
        assertThat(history).flatExtracting(HistoryEntry::changes).contains(
                new FieldChange("measure.concerns.title", null, List.of(concern.getTitle()), false));
        assertThat(as("analyst", () -> measures.history(other.getId()))).filteredOn(entry -> entry.subject() != null)
                .singleElement().satisfies(link -> assertThat(link.subject().args()[0])
                        .isEqualTo(LinkType.AMENDS.backward()));
    }

    @Test
    void sources_platforms_jurisdictions_and_users_keep_their_history_too() {
        Source source = as("analyst", () -> sources.save(new Source("Le Monde", "Article " + unique,
                "https://example.org/history/" + unique)));
        as("analyst", () -> {
            Source copy = sources.findByUrl(source.getUrl()).orElseThrow();
            copy.setQuote("« Les données restent en Chine. »");
            return sources.save(copy);
        });
        assertThat(as("analyst", () -> sources.history(source.getId()))).first().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("analyst");
            assertThat(entry.changes()).containsExactly(
                    new FieldChange("source.quote", null, "« Les données restent en Chine. »", true));
        });

        Platform platform = records.newPlatform();
        as("admin", () -> {
            platform.setName("Renamed " + unique);
            return platforms.save(platform);
        });
        assertThat(as("viewer", () -> platforms.history(platform.getId()))).first().extracting(HistoryEntry::changes)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting("labelKey", "after").containsExactly(tuple("common.name", "Renamed " + unique));

        Jurisdiction region = as("admin", () -> {
            Jurisdiction subdivision = new Jurisdiction("US-" + unique.substring(0, 3).toUpperCase(),
                    "Region " + unique, JurisdictionLevel.SUBNATIONAL);
            subdivision.setParent(jurisdictions.findByCode("US").orElseThrow());
            return jurisdictions.save(subdivision);
        });
        as("admin", () -> {
            region.setName("Renamed region " + unique);
            return jurisdictions.save(region);
        });
        assertThat(as("viewer", () -> jurisdictions.history(region.getId())))
                .extracting(HistoryEntry::username, HistoryEntry::kind).containsExactly(
                        tuple("admin", ChangeKind.CHANGED), tuple("admin", ChangeKind.CREATED));
    }

    @Test
    void a_user_s_history_shows_role_and_status_and_never_a_password_hash() {
        AppUser user = as("admin", () -> users.create(new AppUser("history-" + unique, "History " + unique,
                Role.VIEWER), "lantern harbour violet quietly"));
        as("admin", () -> {
            AppUser copy = users.findByUsername(user.getUsername()).orElseThrow();
            copy.setRole(Role.ANALYST);
            copy.setJurisdictionCodes(Set.of("FR"));
            return users.update(copy);
        });
        as("admin", () -> {
            users.resetPassword(user.getId(), "a different passphrase entirely");
            return null;
        });
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class,
                user.getId());

        List<HistoryEntry> history = as("admin", () -> users.history(user.getId()));

        assertThat(history).extracting(HistoryEntry::kind)
                .containsExactly(ChangeKind.CHANGED, ChangeKind.CHANGED, ChangeKind.CREATED);
        assertThat(history.get(1).changes()).containsExactly(
                new FieldChange("user.role", Role.VIEWER, Role.ANALYST, false),
                new FieldChange("user.form.jurisdictions", null, List.of("FR"), false));
        assertThat(history).flatExtracting(HistoryEntry::changes).noneSatisfy(change -> {
            assertThat(String.valueOf(change.before()) + change.after()).contains(hash);
        });
        assertThat(jdbc.queryForList("select column_name from information_schema.columns "
                + "where lower(table_name) = 'app_user_aud'", String.class))
                .map(String::toLowerCase).doesNotContain("password_hash");
        assertThatThrownBy(() -> as("reviewer", () -> users.history(user.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_reviewer_restores_an_earlier_version_as_a_new_change_recorded_as_a_restore() {
        Concern published = published(records.newConcern(records.newPlatform(), "US", 2, 2));
        int publishedVersion = as("viewer", () -> concerns.signOff(published.getId())).orElseThrow().version();
        Concern first = edit("reviewer", published.getId(), concern -> concern.setLikelihood(3));
        Concern second = edit("reviewer", first.getId(), concern -> concern.setClaimStatus(ClaimStatus.REFUTED));
        Concern third = edit("reviewer", second.getId(), concern -> concern.setDescription("A third edit"));

        Concern restored = as("reviewer", () -> concerns.restore(third.getId(), third.getVersion(),
                publishedVersion + 1));

        assertThat(restored).extracting(Concern::getLikelihood, Concern::getClaimStatus, Concern::getDescription,
                Concern::getState).containsExactly(3, ClaimStatus.UNVERIFIED, null, PublicationState.PUBLISHED);
        HistoryEntry restore = as("viewer", () -> concerns.history(third.getId())).getFirst();
        assertThat(restore).extracting(HistoryEntry::username, HistoryEntry::version, HistoryEntry::restoredFrom)
                .containsExactly("reviewer", publishedVersion + 4, publishedVersion + 1);
        assertThat(restore.changes()).extracting(FieldChange::labelKey)
                .containsExactly("common.description", "concern.field.claim-status");
    }

    @Test
    void a_restore_goes_through_the_same_rules_as_an_edit() {
        Concern published = published(records.newConcern(records.newPlatform(), "US", 2, 2));
        Concern edited = edit("reviewer", published.getId(), concern -> concern.setLikelihood(4));
        runAs.user("admin", () -> users.findByUsername("reviewer-fr").orElseGet(() -> {
            AppUser reviewer = new AppUser("reviewer-fr", "French Reviewer", Role.REVIEWER);
            reviewer.setJurisdictionCodes(Set.of("FR"));
            return users.create(reviewer, "quiet harbour at dawn in Lyon");
        }));
        long revisions = revisionCount();

        assertThatThrownBy(() -> as("analyst", () -> concerns.restore(edited.getId(), edited.getVersion(), 1)))
                .as("an analyst and a published concern").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("reviewer-fr", () -> concerns.restore(edited.getId(), edited.getVersion(), 1)))
                .as("a reviewer of another jurisdiction").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("reviewer", () -> concerns.restore(edited.getId(), edited.getVersion() - 1, 1)))
                .as("a stale page").isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> as("reviewer", () -> concerns.restore(edited.getId(), edited.getVersion(), 99)))
                .as("no such version").isInstanceOf(org.sovereigntywatch.base.WorkflowException.class);
        Concern archived = as("reviewer", () -> concerns.move(edited.getId(), edited.getVersion(),
                PublicationState.ARCHIVED, null));
        assertThatThrownBy(() -> as("reviewer", () -> concerns.restore(archived.getId(), archived.getVersion(), 1)))
                .as("an archived concern").isInstanceOf(RuntimeException.class)
                .isNotInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(revisionCount()).isEqualTo(revisions + 1);
        assertThat(as("reviewer", () -> concerns.get(archived.getId())).getLikelihood()).isEqualTo(4);
    }

    @Test
    void a_publication_names_the_version_it_published_and_what_changed_since() {
        Concern published = published(records.newConcern(records.newPlatform(), "US", 2, 2));

        SignOff signOff = as("viewer", () -> concerns.signOff(published.getId())).orElseThrow();
        assertThat(signOff.reviewer()).isEqualTo("reviewer");
        assertThat(signOff.changed()).isFalse();
        assertThat(as("viewer", () -> concerns.history(published.getId())).getFirst())
                .extracting(HistoryEntry::version, entry -> entry.changes().getFirst().after())
                .containsExactly(signOff.version(), PublicationState.PUBLISHED);

        edit("reviewer", published.getId(), concern -> concern.setImpact(5));
        SignOff after = as("viewer", () -> concerns.signOff(published.getId())).orElseThrow();
        assertThat(after.version()).isEqualTo(signOff.version());
        assertThat(after.changedSince()).containsExactly(new FieldChange("concern.field.impact", 2, 5, false));
        Concern draft = as("analyst", () -> concerns.create(records.newConcern(records.newPlatform(), "US", 2, 2)));
        assertThat(as("analyst", () -> concerns.signOff(draft.getId()))).isEmpty();
    }

    @Test
    void the_register_as_of_each_step_shows_what_each_reader_saw_then() throws Exception {
        Instant before = Instant.now();
        Platform platform = records.newPlatform();
        ConcernFilter mine = ConcernFilter.ALL.withPlatforms(Set.of(platform.getId()));
        Concern draft = as("analyst", () -> concerns.create(records.newConcern(platform, "US", 2, 2)));
        String title = draft.getTitle();
        Instant drafted = Instant.now();
        Concern submitted = as("analyst", () -> concerns.move(draft.getId(), draft.getVersion(),
                PublicationState.IN_REVIEW, null));
        Concern published = as("reviewer", () -> concerns.move(submitted.getId(), submitted.getVersion(),
                PublicationState.PUBLISHED, null));
        Instant publishedAt = Instant.now();
        Concern edited = edit("reviewer", published.getId(), concern -> concern.setTitle(title + " (edited)"));
        Instant editedAt = Instant.now();
        as("reviewer", () -> concerns.move(edited.getId(), edited.getVersion(), PublicationState.ARCHIVED, null));
        Instant archivedAt = Instant.now();

        assertThat(register("analyst", mine.asOf(before))).isEmpty();
        assertThat(register("viewer", mine.asOf(drafted))).isEmpty();
        assertThat(register("analyst", mine.asOf(drafted))).containsExactly(title + " DRAFT");
        assertThat(register("viewer", mine.asOf(publishedAt))).containsExactly(title + " PUBLISHED");
        assertThat(register("viewer", mine.asOf(editedAt))).containsExactly(title + " (edited) PUBLISHED");
        assertThat(register("viewer", mine.asOf(archivedAt))).isEmpty();
        assertThat(register("reviewer", mine.asOf(archivedAt))).containsExactly(title + " (edited) ARCHIVED");
        assertThat(register("viewer", mine)).isEmpty();
        assertThat(as("viewer", () -> concerns.count(mine.asOf(publishedAt)))).isEqualTo(1);

        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        as("viewer", () -> {
            try {
                return concerns.exportCsv(mine.asOf(publishedAt), org.springframework.data.domain.Sort.unsorted(), csv);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8)).contains(title + ",")
                .doesNotContain("(edited)").contains("PUBLISHED").contains("https://viralmag.fr/?p=64330");

        assertThat(as("viewer", () -> concerns.asOf(draft.getId(), publishedAt)))
                .extracting(Concern::getTitle, Concern::getState).containsExactly(title, PublicationState.PUBLISHED);
        assertThatThrownBy(() -> as("viewer", () -> concerns.asOf(draft.getId(), drafted)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("analyst", () -> concerns.asOf(draft.getId(), before)))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void measures_events_and_figures_as_of_each_step_read_as_they_stood_then() throws Exception {
        Instant before = Instant.now();
        Platform platform = records.newPlatform();
        MeasureFilter mine = MeasureFilter.ALL.withPlatforms(Set.of(platform.getId()));
        EventFilter itsEvents = EventFilter.ALL.withPlatforms(Set.of(platform.getId()));
        // In the EU, which no timeline or dashboard test draws: this measure is published, with events in their range.
        PolicyMeasure draft = as("analyst", () -> measures.create(newMeasure(platform, "EU")));
        PolicyEvent signed = as("analyst", () -> events.save(new PolicyEvent(measures.get(draft.getId()),
                PolicyDate.day(2024, 5, 1), EventAction.SIGNED, "Signed into law " + unique)));
        Instant drafted = Instant.now();
        PolicyMeasure submitted = as("analyst", () -> {
            PolicyMeasure current = measures.get(draft.getId());
            return measures.move(current.getId(), current.getVersion(), PublicationState.IN_REVIEW, null);
        });
        as("reviewer", () -> measures.move(submitted.getId(), submitted.getVersion(), PublicationState.PUBLISHED,
                null));
        Instant published = Instant.now();
        long inForceThen = as("viewer", () -> measures.countInForce(published));
        as("reviewer", () -> events.save(new PolicyEvent(measures.get(draft.getId()), PolicyDate.day(2025, 1, 19),
                EventAction.IN_FORCE, "In force " + unique)));
        Instant inForce = Instant.now();
        String title = draft.getTitle();
        as("reviewer", () -> {
            PolicyMeasure current = measures.get(draft.getId());
            current.setTitle(title + " (renamed)");
            return measures.update(current);
        });
        Instant renamed = Instant.now();

        assertThat(as("analyst", () -> measures.rows(mine.asOf(before), PageRequest.of(0, 10)))).isEmpty();
        assertThat(as("viewer", () -> measures.rows(mine.asOf(drafted), PageRequest.of(0, 10)))).isEmpty();
        assertThat(as("analyst", () -> measures.rows(mine.asOf(drafted), PageRequest.of(0, 10))))
                .singleElement().satisfies(row -> {
                    assertThat(row.state()).isEqualTo(PublicationState.DRAFT);
                    assertThat(row.currentAction()).isEqualTo(EventAction.SIGNED);
                    assertThat(row.platforms()).containsExactly(platform.getName());
                });
        assertThat(as("viewer", () -> measures.rows(mine.asOf(published), PageRequest.of(0, 10))))
                .extracting(MeasureRow::title, MeasureRow::currentAction, MeasureRow::state)
                .containsExactly(tuple(title, EventAction.SIGNED, PublicationState.PUBLISHED));
        assertThat(as("viewer", () -> measures.rows(mine.asOf(renamed), PageRequest.of(0, 10))))
                .extracting(MeasureRow::title, MeasureRow::currentAction)
                .containsExactly(tuple(title + " (renamed)", EventAction.IN_FORCE));
        assertThat(as("viewer", () -> measures.count(mine.withCurrentStatus(EventAction.IN_FORCE).asOf(published))))
                .isZero();
        assertThat(as("viewer", () -> measures.count(mine.withCurrentStatus(EventAction.IN_FORCE).asOf(inForce))))
                .isEqualTo(1);
        assertThat(as("viewer", () -> measures.countInForce(inForce))).isEqualTo(inForceThen + 1);
        assertThat(as("viewer", () -> dashboards.load(inForce).measuresInForce())).isEqualTo(inForceThen + 1);

        assertThat(as("viewer", () -> events.list(itsEvents.asOf(published), PageRequest.of(0, 10))))
                .extracting(EventRow::summary, EventRow::measureTitle)
                .containsExactly(tuple("Signed into law " + unique, title));
        assertThat(as("viewer", () -> events.list(itsEvents.asOf(renamed), PageRequest.of(0, 10))))
                .extracting(EventRow::measureTitle).containsOnly(title + " (renamed)").hasSize(2);
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        as("viewer", () -> {
            try {
                return events.exportCsv(itsEvents.asOf(published), org.springframework.data.domain.Sort.unsorted(),
                        csv);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("Signed into law " + unique)
                .doesNotContain("In force " + unique).contains(platform.getName());

        ReportFilter thePlatform = new ReportFilter(Set.of(), Set.of(platform.getId()), null, null, Set.of());
        for (Report summary : List.of(Report.JURISDICTIONS, Report.PLATFORMS)) {
            assertThat(as("viewer", () -> reports.summary(summary, thePlatform.asOf(published))))
                    .extracting(SummaryRow::measures, row -> row.measures(EventAction.Family.IN_FORCE))
                    .containsExactly(tuple(1L, 0L));
            assertThat(as("viewer", () -> reports.summary(summary, thePlatform.asOf(inForce))))
                    .extracting(SummaryRow::measures, row -> row.measures(EventAction.Family.IN_FORCE))
                    .containsExactly(tuple(1L, 1L));
        }

        assertThat(as("viewer", () -> measures.eventsAsOf(draft.getId(), published))).extracting(PolicyEvent::getSummary)
                .containsExactly("Signed into law " + unique);
        assertThat(as("viewer", () -> measures.statusAsOf(draft.getId(), inForce))).map(org.sovereigntywatch.base.Text::args)
                .hasValueSatisfying(args -> assertThat(args[0]).isEqualTo(EventAction.IN_FORCE));
        assertThat(as("viewer", () -> events.asOf(signed.getId(), published)).getMeasure().getTitle()).isEqualTo(title);
        assertThatThrownBy(() -> as("viewer", () -> events.asOf(signed.getId(), drafted)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("viewer", () -> measures.eventsAsOf(draft.getId(), drafted)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_viewer_reads_no_history_of_a_draft() {
        Concern draft = as("analyst", () -> concerns.create(records.newConcern(records.newPlatform(), "US", 3, 3)));

        assertThatThrownBy(() -> as("viewer", () -> concerns.history(draft.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Concern published(Concern draft) {
        Concern created = as("analyst", () -> concerns.create(draft));
        Concern submitted = as("analyst", () -> concerns.move(created.getId(), created.getVersion(),
                PublicationState.IN_REVIEW, null));
        return as("reviewer", () -> concerns.move(submitted.getId(), submitted.getVersion(),
                PublicationState.PUBLISHED, null));
    }

    private Concern edit(String username, long id, java.util.function.Consumer<Concern> change) {
        return as(username, () -> {
            Concern copy = concerns.get(id);
            change.accept(copy);
            return concerns.update(copy);
        });
    }

    private PolicyMeasure newMeasure(Platform platform) {
        return newMeasure(platform, "US");
    }

    private PolicyMeasure newMeasure(Platform platform, String jurisdiction) {
        PolicyMeasure measure = new PolicyMeasure("History measure " + unique + " " + UUID.randomUUID());
        measure.setJurisdiction(jurisdictions.findByCode(jurisdiction).orElseThrow());
        measure.setPlatforms(Set.of(platform));
        return measure;
    }

    /** The register's rows as "title STATE". */
    private List<String> register(String username, ConcernFilter filter) {
        return as(username, () -> concerns.list(filter, org.springframework.data.domain.PageRequest.of(0, 50)))
                .stream().map(row -> row.title() + " " + row.state()).toList();
    }

    private long revisionCount() {
        return jdbc.queryForObject("select count(*) from revision", Long.class);
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return runAs.user(username, work);
    }
}
