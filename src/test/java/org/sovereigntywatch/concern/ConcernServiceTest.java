package org.sovereigntywatch.concern;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.UserTexts;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.ReviewEntry;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceCell;
import org.sovereigntywatch.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovereigntywatch.editorial.PublicationState.ARCHIVED;
import static org.sovereigntywatch.editorial.PublicationState.DRAFT;
import static org.sovereigntywatch.editorial.PublicationState.IN_REVIEW;
import static org.sovereigntywatch.editorial.PublicationState.PUBLISHED;

/**
 * The register's rules, acted out by the demo users: {@code analyst} covers US, CA, IN, NP and EU; {@code reviewer}
 * and {@code admin} cover everything; {@code reviewer-np}, made here, reviews Nepal only.
 */
@IntegrationTest
class ConcernServiceTest {

    static final String NEPAL_REVIEWER = "reviewer-np";

    @Autowired ConcernService concerns;
    @Autowired PlatformService platforms;
    @Autowired JurisdictionService jurisdictions;
    @Autowired SourceService sources;
    @Autowired UserService users;
    @Autowired RunAs runAs;

    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void aReviewerForNepalOnly() {
        runAs.user("admin", () -> users.findByUsername(NEPAL_REVIEWER).orElseGet(() -> {
            AppUser reviewer = new AppUser(NEPAL_REVIEWER, "Nepal Reviewer", Role.REVIEWER);
            reviewer.setJurisdictionCodes(Set.of("NP"));
            return users.create(reviewer, "quiet harbour at dawn");
        }));
    }

    @Test
    void an_over_long_description_is_refused_for_its_field_and_nothing_is_saved() {
        Concern concern = newConcern("US");
        concern.setDescription("x".repeat(10_000));

        assertThatThrownBy(() -> as("analyst", () -> concerns.create(concern)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, refused ->
                        assertThat(refused.getConstraintViolations()).singleElement().satisfies(violation -> {
                            assertThat(violation.getPropertyPath().toString()).endsWith("description");
                            assertThat(violation.getMessage()).isEqualTo("At most 4000 characters");
                        }));
        assertThat(titles("analyst", mine())).isEmpty();
    }

    @Test
    void a_description_and_claim_are_stored_whole_as_typed() {
        String description = "\tIndented first line\r\n\r\n\tSecond paragraph\n" + "y".repeat(3_950);
        Concern concern = newConcern("US");
        concern.setDescription(description);
        concern.setPlatformClaim("\n\tThe platform says so.\n");
        Concern created = as("analyst", () -> concerns.create(concern));

        Concern reloaded = as("analyst", () -> concerns.get(created.getId()));
        assertThat(reloaded.getDescription()).isEqualTo(description).hasSize(description.length());
        assertThat(reloaded.getPlatformClaim()).isEqualTo("\n\tThe platform says so.\n");
    }

    @Test
    void an_analyst_records_a_draft_with_the_review_date_its_level_asks_for() {
        Concern created = draft("analyst", "US");
        assertThat(created.getState()).isEqualTo(DRAFT);
        assertThat(created.getScore()).isEqualTo(12);
        assertThat(created.getLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(created.getNextReview()).isEqualTo(LocalDate.now().plusDays(90));
        assertThat(created.getCreatedBy()).isEqualTo("analyst");
        assertThat(as("analyst", () -> concerns.reviewLog(created.getId())))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.getFromState()).isNull();
                    assertThat(entry.getToState()).isEqualTo(DRAFT);
                    assertThat(entry.getAuthor()).isEqualTo("analyst");
                });
    }

    @Test
    void a_review_date_chosen_by_the_analyst_is_kept() {
        Concern concern = newConcern("US");
        concern.setNextReview(LocalDate.of(2030, 1, 1));
        assertThat(as("analyst", () -> concerns.create(concern)).getNextReview()).isEqualTo(LocalDate.of(2030, 1, 1));
    }

    @Test
    void an_analyst_cannot_record_a_concern_outside_their_jurisdictions() {
        assertThatThrownBy(() -> draft("analyst", "FR"))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(UserTexts.readsInEnglish("You do not cover the jurisdiction FR."));
    }

    @Test
    void the_analyst_submits_and_a_reviewer_publishes_and_each_move_is_logged() {
        Concern concern = draft("analyst", "US");
        Concern submitted = move("analyst", concern, IN_REVIEW, "Ready");
        Concern published = move("reviewer", submitted, PUBLISHED, "Checked the sources");

        assertThat(published.getState()).isEqualTo(PUBLISHED);
        List<ReviewEntry> log = as("viewer", () -> concerns.reviewLog(concern.getId()));
        assertThat(log).extracting(ReviewEntry::getAuthor, ReviewEntry::getFromState,
                        ReviewEntry::getToState, ReviewEntry::getComment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("analyst", null, DRAFT, null),
                        org.assertj.core.groups.Tuple.tuple("analyst", DRAFT, IN_REVIEW, "Ready"),
                        org.assertj.core.groups.Tuple.tuple("reviewer", IN_REVIEW, PUBLISHED, "Checked the sources"));
        assertThat(log).allSatisfy(entry -> assertThat(entry.getAt()).isNotNull());
    }

    @Test
    void an_analyst_cannot_publish_even_their_own_submission() {
        Concern submitted = move("analyst", draft("analyst", "US"), IN_REVIEW, null);
        assertThatThrownBy(() -> move("analyst", submitted, PUBLISHED, null))
                .isInstanceOf(AccessDeniedException.class)
                .extracting(UserTexts::englishMessage).asString().startsWith("Only reviewers and admins");
        assertThat(state(submitted)).isEqualTo(IN_REVIEW);
    }

    @Test
    void a_reviewer_publishes_only_in_the_jurisdictions_they_cover() {
        Concern american = move("analyst", draft("analyst", "US"), IN_REVIEW, null);
        Concern nepalese = move("analyst", draft("analyst", "NP"), IN_REVIEW, null);

        assertThatThrownBy(() -> move(NEPAL_REVIEWER, american, PUBLISHED, null))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(UserTexts.readsInEnglish("You do not cover the jurisdiction US."));
        assertThat(move(NEPAL_REVIEWER, nepalese, PUBLISHED, null).getState()).isEqualTo(PUBLISHED);
    }

    @Test
    void a_draft_cannot_skip_review_and_a_viewer_moves_nothing() {
        Concern concern = draft("analyst", "US");
        assertThatThrownBy(() -> move("reviewer", concern, PUBLISHED, null))
                .isInstanceOf(WorkflowException.class).extracting(UserTexts::englishMessage).isEqualTo("An item in the state “Draft” cannot move to “Published”.");
        assertThatThrownBy(() -> move("viewer", concern, IN_REVIEW, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void returning_to_draft_needs_a_comment_saying_why() {
        Concern submitted = move("analyst", draft("analyst", "US"), IN_REVIEW, null);
        assertThatThrownBy(() -> move("reviewer", submitted, DRAFT, "  "))
                .isInstanceOfSatisfying(FieldErrorException.class,
                        error -> assertThat(error.getProperty()).isEqualTo("comment"));
        Concern returned = move("reviewer", submitted, DRAFT, "The Oracle claim needs a second source");
        assertThat(returned.getState()).isEqualTo(DRAFT);
    }

    @Test
    void an_archived_concern_is_read_only_for_everyone() {
        Concern archived = move("reviewer", draft("analyst", "US"), ARCHIVED, "Duplicate");
        Concern copy = as("admin", () -> concerns.get(archived.getId()));
        copy.setTitle("Changed");
        assertThatThrownBy(() -> as("admin", () -> concerns.update(copy)))
                .isInstanceOf(WorkflowException.class).extracting(UserTexts::englishMessage).isEqualTo("Archived items are read-only.");
        assertThatThrownBy(() -> move("admin", archived, DRAFT, "Back"))
                .isInstanceOf(WorkflowException.class);
    }

    @Test
    void analysts_edit_drafts_and_only_reviewers_edit_what_is_in_review_or_published() {
        Concern concern = draft("analyst", "US");
        assertThat(edit("analyst", concern.getId(), "Edited by the analyst").getTitle())
                .isEqualTo("Edited by the analyst");

        Concern submitted = as("analyst", () -> concerns.get(concern.getId()));
        move("analyst", submitted, IN_REVIEW, null);
        assertThatThrownBy(() -> edit("analyst", concern.getId(), "Sneaky"))
                .isInstanceOf(AccessDeniedException.class).extracting(UserTexts::englishMessage).isEqualTo("Only reviewers and admins edit items in the state “In review”.");
        assertThat(edit("reviewer", concern.getId(), "Edited in review").getTitle()).isEqualTo("Edited in review");
    }

    @Test
    void an_analyst_cannot_move_a_concern_into_a_jurisdiction_they_do_not_cover() {
        Concern concern = draft("analyst", "US");
        Concern copy = as("analyst", () -> concerns.get(concern.getId()));
        copy.setAffectedJurisdiction(jurisdiction("FR"));
        assertThatThrownBy(() -> as("analyst", () -> concerns.update(copy)))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(UserTexts.readsInEnglish("You do not cover the jurisdiction FR."));
    }

    @Test
    void the_state_cannot_be_changed_by_saving_the_form() {
        Concern concern = draft("analyst", "US");
        Concern copy = as("analyst", () -> concerns.get(concern.getId()));
        copy.moveTo(IN_REVIEW);
        assertThatThrownBy(() -> as("analyst", () -> concerns.update(copy))).isInstanceOf(WorkflowException.class);
        assertThat(state(concern)).isEqualTo(DRAFT);
    }

    @Test
    void viewers_see_published_concerns_only_and_analysts_see_drafts_in_their_scope() {
        Concern published = move("reviewer", move("analyst", draft("analyst", "US"), IN_REVIEW, null), PUBLISHED, null);
        Concern draftInScope = draft("analyst", "US");
        Concern draftElsewhere = draft("admin", "FR");
        ConcernFilter mine = ConcernFilter.ALL.withText(marker);

        assertThat(titles("viewer", mine)).containsExactly(published.getTitle());
        assertThat(titles("analyst", mine)).containsExactlyInAnyOrder(published.getTitle(), draftInScope.getTitle());
        assertThat(titles("reviewer", mine)).containsExactlyInAnyOrder(published.getTitle(), draftInScope.getTitle(),
                draftElsewhere.getTitle());
        assertThat(as("viewer", () -> concerns.count(mine))).isEqualTo(1);
        assertThatThrownBy(() -> as("viewer", () -> concerns.get(draftInScope.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("analyst", () -> concerns.get(draftElsewhere.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_filters_combine_in_sql() {
        Concern nepal = draft("analyst", "NP");
        draft("analyst", "US");
        Concern late = newConcern("US");
        late.setNextReview(LocalDate.now().minusDays(3));
        Concern overdue = as("analyst", () -> concerns.create(late));
        long tiktok = platform("TikTok").getId();

        assertThat(titles("analyst", mine().withJurisdictions(Set.of("NP"))))
                .containsExactly(nepal.getTitle());
        assertThat(titles("analyst", mine().withJurisdictions(Set.of("CN")).withLevel(RiskLevel.HIGH).withStates(Set.of(DRAFT))))
                .hasSize(3);
        assertThat(titles("analyst", mine().withOverdueOnly(true)))
                .containsExactly(overdue.getTitle());
        assertThat(titles("analyst", mine().withPlatforms(Set.of(tiktok)))).isEmpty();
        assertThat(titles("analyst", mine().withCategory(ConcernCategory.MINORS_DATA))).isEmpty();
        assertThat(titles("analyst", mine().withLevel(RiskLevel.LOW))).isEmpty();
        assertThat(titles("analyst", mine().withJurisdictions(Set.of("NP", "CA")))).containsExactly(nepal.getTitle());
    }

    @Test
    void open_only_leaves_out_settled_concerns_and_a_change_window_selects_by_last_change() {
        draft("analyst", "US");
        Concern settled = newConcern("US");
        settled.setTreatmentStatus(TreatmentStatus.MITIGATED);
        as("analyst", () -> concerns.create(settled));
        LocalDate today = LocalDate.now();

        assertThat(titles("analyst", mine())).hasSize(2);
        assertThat(titles("analyst", mine().withOpenOnly(true))).hasSize(1).doesNotContain(settled.getTitle());
        assertThat(titles("analyst", mine().changedBetween(today, today))).hasSize(2);
        assertThat(titles("analyst", mine().changedBetween(today.minusDays(30), today.minusDays(1)))).isEmpty();
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused_and_overwrites_nothing() {
        Concern concern = draft("analyst", "US");
        Concern mine = as("analyst", () -> concerns.get(concern.getId()));
        Concern theirs = as("analyst", () -> concerns.get(concern.getId()));
        theirs.setTitle(concern.getTitle() + " (theirs)");
        as("analyst", () -> concerns.update(theirs));

        mine.setTitle(concern.getTitle() + " (mine)");
        assertThatThrownBy(() -> as("analyst", () -> concerns.update(mine)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(as("analyst", () -> concerns.get(concern.getId())).getTitle()).endsWith("(theirs)");
        assertThatThrownBy(() -> move("analyst", mine, IN_REVIEW, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void analysts_discuss_a_concern_in_its_log_and_viewers_cannot() {
        Concern concern = draft("analyst", "US");
        as("analyst", () -> concerns.comment(concern.getId(), "Is the Oracle claim still current?"));
        assertThat(as("analyst", () -> concerns.reviewLog(concern.getId())))
                .last().satisfies(entry -> {
                    assertThat(entry.isMove()).isFalse();
                    assertThat(entry.getComment()).isEqualTo("Is the Oracle claim still current?");
                });
        assertThatThrownBy(() -> as("viewer", () -> concerns.comment(concern.getId(), "Hello")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("analyst", () -> concerns.comment(concern.getId(), " ")))
                .isInstanceOf(FieldErrorException.class);
    }

    @Test
    void a_concern_without_a_source_is_refused_with_the_message() {
        Concern concern = newConcern("US");
        concern.setSources(Set.of());
        assertThatThrownBy(() -> as("analyst", () -> concerns.create(concern)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                .hasMessageContaining("Cite at least one source");
    }

    @Test
    void the_csv_holds_exactly_the_filtered_rows_the_user_may_see() throws IOException {
        Source citation = as("analyst", () -> sources.save(new Source("Reuters", "TikTok | ban " + marker)));
        Concern cited = newConcern("US");
        cited.setSources(Set.of(cited.getSources().iterator().next(), citation));
        Concern published = move("reviewer", move("analyst", as("analyst", () -> concerns.create(cited)), IN_REVIEW,
                null), PUBLISHED, null);
        draft("analyst", "US");
        ConcernFilter mine = ConcernFilter.ALL.withText(marker);

        List<CsvRecord> viewers = csv("viewer", mine);
        // ConcernColumnTest names them one by one, as users' scripts read them.
        assertThat(viewers.getFirst().getFields()).containsExactlyElementsOf(
                java.util.Arrays.stream(ConcernColumn.values()).map(ConcernColumn::csvName).toList());
        assertThat(viewers).hasSize(2);
        CsvRecord row = viewers.get(1);
        assertThat(row.getField(0)).isEqualTo(String.valueOf(published.getId()));
        assertThat(row.getField(1)).isEqualTo(published.getTitle());
        // A source without an address is its citation, with its own "|" escaped: the cell splits back as joined.
        String sourcesCell = "Reuters — TikTok \\| ban " + marker + "|https://viralmag.fr/?p=64330";
        assertThat(row.getFields()).contains("Xiaohongshu", "US", "CN", "STATE_ACCESS", "12", "HIGH", "PUBLISHED",
                sourcesCell);
        assertThat(SourceCell.parseAll(sourcesCell)).containsExactly(SourceCell.of(citation),
                SourceCell.parse("https://viralmag.fr/?p=64330"));
        assertThat(csv("analyst", mine)).hasSize(3);
        assertThat(csv("viewer", ConcernFilter.ALL.withText(marker + "-nothing")))
                .hasSize(1);
    }

    // --- helpers: each call acts as the named demo user ---

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return runAs.user(username, work);
    }

    private ConcernFilter mine() {
        return ConcernFilter.ALL.withText(marker);
    }

    private org.sovereigntywatch.reference.Jurisdiction jurisdiction(String code) {
        return as("viewer", () -> jurisdictions.findByCode(code).orElseThrow());
    }

    private org.sovereigntywatch.reference.Platform platform(String name) {
        return as("viewer", () -> platforms.findByName(name).orElseThrow());
    }

    private Concern newConcern(String affected) {
        Concern concern = new Concern("Concern " + marker + " " + UUID.randomUUID());
        concern.setPlatform(platform("Xiaohongshu"));
        concern.setAffectedJurisdiction(jurisdiction(affected));
        concern.setAccessingJurisdiction(jurisdiction("CN"));
        concern.setLikelihood(3);
        concern.setImpact(4);
        concern.setOwner(as("admin", () -> users.findByUsername("analyst").orElseThrow()));
        concern.setSources(Set.of(as("admin", () -> sources.findByUrl("https://viralmag.fr/?p=64330").orElseThrow())));
        return concern;
    }

    private Concern draft(String username, String affected) {
        Concern concern = newConcern(affected);
        return as(username, () -> concerns.create(concern));
    }

    private Concern move(String username, Concern concern, PublicationState target, String comment) {
        return as(username, () -> concerns.move(concern.getId(), concern.getVersion(), target, comment));
    }

    private Concern edit(String username, long id, String title) {
        return as(username, () -> {
            Concern copy = concerns.get(id);
            copy.setTitle(title);
            return concerns.update(copy);
        });
    }

    private PublicationState state(Concern concern) {
        return as("admin", () -> concerns.get(concern.getId())).getState();
    }

    private List<String> titles(String username, ConcernFilter filter) {
        return as(username, () -> concerns.list(filter, PageRequest.of(0, 50, Sort.by("title"))))
                .stream().map(ConcernRow::title).toList();
    }

    private List<CsvRecord> csv(String username, ConcernFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(username, () -> {
            try {
                return concerns.exportCsv(filter, Sort.by("title"), out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
            return reader.stream().toList();
        }
    }
}
