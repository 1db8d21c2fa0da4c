package org.sovereigntywatch.timeline;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.UserTexts;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.ConcernRow;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.ConcernTitle;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovereigntywatch.editorial.PublicationState.IN_REVIEW;
import static org.sovereigntywatch.editorial.PublicationState.PUBLISHED;

/** Measures and events, acted out by the demo users (the analyst covers US, CA, IN, NP and EU). */
@IntegrationTest
class TimelineServicesTest {

    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired ConcernService concerns;
    @Autowired JurisdictionService jurisdictions;
    @Autowired PlatformService platforms;
    @Autowired SourceService sources;
    @Autowired RunAs runAs;

    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void the_current_status_is_the_action_of_the_latest_event_that_happened() {
        PolicyMeasure measure = draft("NP");
        event(measure, PolicyDate.day(2023, 11, 13), EventAction.ANNOUNCED, false);
        event(measure, PolicyDate.day(2023, 11, 17), EventAction.IN_FORCE, false);
        PolicyEvent lifted = event(measure, PolicyDate.month(2024, 8), EventAction.LIFTED, false);
        event(measure, PolicyDate.day(2030, 1, 1), EventAction.DEADLINE, true);

        PolicyMeasure reloaded = as("analyst", () -> measures.get(measure.getId()));
        assertThat(reloaded.getCurrentAction()).isEqualTo(EventAction.LIFTED);
        assertThat(reloaded.getCurrentSince()).isEqualTo(PolicyDate.month(2024, 8));

        as("analyst", () -> {
            events.delete(lifted.getId(), lifted.getVersion());
            return null;
        });
        assertThat(as("analyst", () -> measures.get(measure.getId())).getCurrentAction())
                .isEqualTo(EventAction.IN_FORCE);
    }

    @Test
    void recomputing_the_status_does_not_make_an_open_edit_of_the_measure_stale() {
        PolicyMeasure measure = draft("US");
        PolicyMeasure openInAForm = as("analyst", () -> measures.get(measure.getId()));
        event(measure, PolicyDate.day(2024, 4, 24), EventAction.SIGNED, false);
        openInAForm.setSummary("Edited while someone added an event");
        assertThat(as("analyst", () -> measures.update(openInAForm)).getSummary())
                .isEqualTo("Edited while someone added an event");
    }

    @Test
    void an_over_long_event_summary_is_refused_for_its_field_and_nothing_is_saved() {
        PolicyMeasure measure = draft("US");
        PolicyEvent event = new PolicyEvent(measure, PolicyDate.day(2024, 4, 24), EventAction.SIGNED,
                marker + " " + "x".repeat(PolicyEvent.SUMMARY_MAX));

        assertThatThrownBy(() -> as("analyst", () -> events.save(event)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, refused ->
                        assertThat(refused.getConstraintViolations()).singleElement().satisfies(violation -> {
                            assertThat(violation.getPropertyPath().toString()).endsWith("summary");
                            assertThat(violation.getMessage()).isEqualTo("At most 2000 characters");
                        }));
        assertThat(as("analyst", () -> events.eventsOf(measure.getId()))).isEmpty();
    }

    @Test
    void event_and_measure_summaries_are_stored_whole_as_typed() {
        PolicyMeasure measure = draft("US");
        String summary = "\t" + marker + "\r\n\r\n\tSecond paragraph\n";
        PolicyEvent event = new PolicyEvent(measure, PolicyDate.day(2024, 4, 24), EventAction.SIGNED, "draft");
        event.setSummary(summary);
        as("analyst", () -> events.save(event));
        PolicyMeasure edited = as("analyst", () -> measures.get(measure.getId()));
        edited.setSummary(summary);
        as("analyst", () -> measures.update(edited));

        assertThat(as("analyst", () -> events.eventsOf(measure.getId()))).singleElement()
                .extracting(PolicyEvent::getSummary).isEqualTo(summary);
        assertThat(as("analyst", () -> measures.get(measure.getId())).getSummary()).isEqualTo(summary);
    }

    @Test
    void the_current_status_keeps_the_precision_of_its_date() {
        PolicyMeasure measure = draft("IN");
        event(measure, PolicyDate.day(2020, 6, 29), EventAction.ANNOUNCED, false);
        event(measure, PolicyDate.month(2021, 1), EventAction.IN_FORCE, false);
        PolicyMeasure reloaded = as("analyst", () -> measures.get(measure.getId()));
        assertThat(reloaded.getCurrentSince()).isEqualTo(PolicyDate.month(2021, 1));
        assertThat(reloaded.currentStatus()).contains(new Text("measure.current-status", EventAction.IN_FORCE,
                PolicyDate.month(2021, 1)));

        event(measure, PolicyDate.year(2022), EventAction.LIFTED, false);
        assertThat(as("analyst", () -> measures.get(measure.getId())).currentStatus())
                .contains(new Text("measure.current-status", EventAction.LIFTED, PolicyDate.year(2022)));
        // At the same start the narrower date is the later one, as on the timeline.
        event(measure, PolicyDate.day(2022, 1, 1), EventAction.REPEALED, false);
        assertThat(as("analyst", () -> measures.get(measure.getId())).currentStatus())
                .contains(new Text("measure.current-status", EventAction.REPEALED, PolicyDate.day(2022, 1, 1)));
    }

    @Test
    void adding_editing_and_deleting_events_leave_an_open_form_of_the_measure_valid_and_its_save_keeps_the_status() {
        PolicyMeasure measure = draft("US");
        PolicyEvent announced = event(measure, PolicyDate.day(2023, 3, 1), EventAction.ANNOUNCED, false);
        PolicyMeasure openInAForm = as("analyst", () -> measures.get(measure.getId()));

        // Meanwhile, someone else changes the events: the measure's status moves, its version does not.
        PolicyEvent signed = event(measure, PolicyDate.day(2023, 5, 17), EventAction.SIGNED, false);
        PolicyEvent toEdit = as("reviewer", () -> events.get(signed.getId()));
        toEdit.setAction(EventAction.IN_FORCE);
        as("reviewer", () -> events.save(toEdit));
        as("reviewer", () -> {
            events.delete(announced.getId(), announced.getVersion());
            return null;
        });
        assertThat(as("analyst", () -> measures.get(measure.getId())).getVersion())
                .isEqualTo(openInAForm.getVersion());

        openInAForm.setSummary("Edited while the events changed");
        PolicyMeasure saved = as("analyst", () -> measures.update(openInAForm));
        assertThat(saved.getSummary()).isEqualTo("Edited while the events changed");
        // The form held the status of before; saving it must not write that back.
        PolicyMeasure reloaded = as("analyst", () -> measures.get(measure.getId()));
        assertThat(reloaded.getCurrentAction()).isEqualTo(EventAction.IN_FORCE);
        assertThat(reloaded.getCurrentSince()).isEqualTo(PolicyDate.day(2023, 5, 17));
    }

    @Test
    void linking_a_concern_leaves_an_open_form_of_the_measure_valid() {
        PolicyMeasure measure = draft("US");
        PolicyMeasure openInAForm = as("analyst", () -> measures.get(measure.getId()));
        ConcernRow concern = as("analyst", () -> concerns.list(
                ConcernFilter.ALL.withText("170 million"), PageRequest.of(0, 1))).getFirst();
        as("analyst", () -> {
            measures.linkConcern(measure.getId(), concern.id());
            return null;
        });
        openInAForm.setSummary("Edited while a concern was linked");
        assertThat(as("analyst", () -> measures.update(openInAForm)).getSummary())
                .isEqualTo("Edited while a concern was linked");
        assertThat(as("analyst", () -> measures.concerns(measure.getId()))).extracting(ConcernTitle::id)
                .containsExactly(concern.id());
    }

    @Test
    void an_edit_of_the_measure_itself_still_makes_the_other_open_form_stale_whatever_the_events_did() {
        PolicyMeasure measure = draft("US");
        PolicyMeasure mine = as("analyst", () -> measures.get(measure.getId()));
        PolicyMeasure theirs = as("reviewer", () -> measures.get(measure.getId()));
        event(measure, PolicyDate.day(2024, 4, 24), EventAction.SIGNED, false);
        theirs.setTitle(theirs.getTitle() + " (theirs)");
        as("reviewer", () -> measures.update(theirs));
        event(measure, PolicyDate.day(2024, 5, 1), EventAction.IN_FORCE, false);

        mine.setSummary("Mine");
        assertThatThrownBy(() -> as("analyst", () -> measures.update(mine)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(as("analyst", () -> measures.get(measure.getId())).getTitle()).endsWith(" (theirs)");
    }

    @Test
    void a_step_that_did_not_happen_is_not_upcoming_and_never_the_current_status() {
        PolicyMeasure measure = draft("US");
        LocalDate today = LocalDate.now();
        event(measure, PolicyDate.day(2023, 5, 17), EventAction.SIGNED, false);
        PolicyEvent enjoined = event(measure, PolicyDate.day(2024, 1, 1), EventAction.IN_FORCE, true);
        enjoined.setCancelled(true);
        as("analyst", () -> events.save(enjoined));
        PolicyEvent soon = event(measure, new PolicyDate(today.plusDays(10), DatePrecision.DAY),
                EventAction.IN_FORCE, true);
        soon.setCancelled(true);
        as("analyst", () -> events.save(soon));
        event(measure, new PolicyDate(today.plusDays(20), DatePrecision.DAY), EventAction.DEADLINE, true);

        assertThat(as("analyst", () -> events.get(enjoined.getId())).getStatus()).isEqualTo(EventStatus.CANCELLED);
        assertThat(as("analyst", () -> events.upcoming(filter(), 30, 10))).extracting(EventRow::action)
                .containsExactly(EventAction.DEADLINE);
        assertThat(as("analyst", () -> events.count(filter().expectedBetween(today, today.plusDays(30)))))
                .isEqualTo(1);
        assertThat(actions(filter().withExpected(true))).containsExactly(EventAction.DEADLINE);
        assertThat(actions(filter())).hasSize(4);
        PolicyMeasure reloaded = as("analyst", () -> measures.get(measure.getId()));
        assertThat(reloaded.getCurrentAction()).isEqualTo(EventAction.SIGNED);
        assertThat(reloaded.getCurrentSince()).isEqualTo(PolicyDate.day(2023, 5, 17));
    }

    @Test
    void only_an_expected_step_can_be_marked_as_did_not_happen() {
        PolicyMeasure measure = draft("US");
        PolicyEvent event = new PolicyEvent(measure, PolicyDate.day(2024, 1, 1), EventAction.IN_FORCE, "Happened");
        event.setCancelled(true);
        PolicyEvent saved = as("analyst", () -> events.save(event));
        PolicyEvent reloaded = as("analyst", () -> events.get(saved.getId()));
        assertThat(reloaded.getStatus()).isEqualTo(EventStatus.HAPPENED);
        assertThat(reloaded.isCancelled()).isFalse();
        assertThat(as("analyst", () -> measures.get(measure.getId())).getCurrentAction())
                .isEqualTo(EventAction.IN_FORCE);
    }

    @Test
    void a_measures_events_come_in_date_order_whatever_their_precision() {
        PolicyMeasure measure = draft("IN");
        event(measure, PolicyDate.day(2021, 1, 26), EventAction.IN_FORCE, false);
        event(measure, PolicyDate.day(2020, 6, 29), EventAction.IN_FORCE, false);
        event(measure, PolicyDate.month(2021, 1), EventAction.ANNOUNCED, false);
        assertThat(as("analyst", () -> events.eventsOf(measure.getId())))
                .extracting(PolicyEvent::getDate)
                .containsExactly(PolicyDate.day(2020, 6, 29), PolicyDate.month(2021, 1), PolicyDate.day(2021, 1, 26));
    }

    @Test
    void expected_and_happened_steps_are_told_apart_and_the_deadlines_list_shows_expected_ones_due_soon() {
        PolicyMeasure measure = draft("US");
        LocalDate today = LocalDate.now();
        event(measure, new PolicyDate(today.plusDays(10), DatePrecision.DAY), EventAction.DEADLINE, true);
        event(measure, new PolicyDate(today.plusDays(200), DatePrecision.DAY), EventAction.IN_FORCE, true);
        event(measure, new PolicyDate(today.minusDays(1), DatePrecision.DAY), EventAction.SIGNED, false);
        EventFilter mine = filter();

        assertThat(actions(filter().withExpected(true)))
                .containsExactly(EventAction.DEADLINE, EventAction.IN_FORCE);
        assertThat(actions(filter().withExpected(false)))
                .containsExactly(EventAction.SIGNED);
        assertThat(as("analyst", () -> events.upcoming(mine, 30, 10))).extracting(EventRow::action)
                .containsExactly(EventAction.DEADLINE);
        assertThat(as("analyst", () -> events.upcoming(mine, 365, 10))).extracting(EventRow::action)
                .containsExactly(EventAction.DEADLINE, EventAction.IN_FORCE);
    }

    @Test
    void upcoming_steps_and_the_timeline_put_the_wider_period_first_at_equal_starts() {
        PolicyMeasure measure = draft("US");
        LocalDate firstOfNextMonth = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        event(measure, new PolicyDate(firstOfNextMonth, DatePrecision.DAY), EventAction.DEADLINE, true);
        event(measure, new PolicyDate(firstOfNextMonth, DatePrecision.MONTH), EventAction.IN_FORCE, true);

        assertThat(as("analyst", () -> events.upcoming(filter(), 365, 10))).extracting(EventRow::action)
                .containsExactly(EventAction.IN_FORCE, EventAction.DEADLINE);
        assertThat(as("analyst", () -> events.timeline(filter(), 10))).extracting(drawn -> drawn.row().action())
                .containsExactly(EventAction.IN_FORCE, EventAction.DEADLINE);
    }

    @Test
    void a_timeline_with_more_events_than_it_draws_keeps_the_latest_in_date_order() {
        PolicyMeasure measure = draft("US");
        event(measure, PolicyDate.day(2020, 1, 1), EventAction.ANNOUNCED, false);
        event(measure, PolicyDate.day(2022, 1, 1), EventAction.SIGNED, false);
        event(measure, PolicyDate.day(2021, 1, 1), EventAction.ADOPTED, false);
        assertThat(as("analyst", () -> events.timeline(filter(), 2)))
                .extracting(drawn -> drawn.row().action()).containsExactly(EventAction.ADOPTED, EventAction.SIGNED);
    }

    @Test
    void a_date_range_takes_the_events_whose_period_overlaps_it() {
        PolicyMeasure measure = draft("IN");
        event(measure, PolicyDate.month(2021, 1), EventAction.IN_FORCE, false);
        event(measure, PolicyDate.day(2020, 6, 29), EventAction.ANNOUNCED, false);
        EventFilter lateJanuary = filter().between(LocalDate.of(2021, 1, 20), LocalDate.of(2021, 2, 10));
        assertThat(actions(lateJanuary)).containsExactly(EventAction.IN_FORCE);
        EventFilter byJurisdiction = filter().withJurisdictions(Set.of("IN"));
        assertThat(actions(byJurisdiction)).hasSize(2);
        EventFilter elsewhere = filter().withJurisdictions(Set.of("US"));
        assertThat(actions(elsewhere)).isEmpty();
        EventFilter otherPlatform = filter().withPlatforms(Set.of(platform("Instagram").getId()));
        assertThat(actions(otherPlatform)).isEmpty();
    }

    @Test
    void a_range_finds_a_year_long_event_that_began_almost_a_year_before_it_and_not_one_that_ended_the_day_before() {
        PolicyMeasure measure = draft("NP");
        event(measure, PolicyDate.year(2020), EventAction.IN_FORCE, false);
        event(measure, PolicyDate.year(2019), EventAction.ANNOUNCED, false);
        EventFilter lastDayOf2020 = filter().withJurisdictions(Set.of("NP"))
                .between(LocalDate.of(2020, 12, 31), LocalDate.of(2021, 3, 1));
        assertThat(actions(lastDayOf2020)).containsExactly(EventAction.IN_FORCE);
        assertThat(PolicyDate.earliestStartReaching(LocalDate.of(2020, 12, 31))).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void measures_follow_the_workflow_and_scope_of_concerns() {
        assertThatThrownBy(() -> draft("FR"))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(refused -> assertThat(UserTexts.englishMessage(refused))
                        .isEqualTo("You do not cover the jurisdiction FR."));
        PolicyMeasure measure = draft("US");
        event(measure, PolicyDate.day(2025, 1, 19), EventAction.IN_FORCE, false);
        PolicyMeasure submitted = move("analyst", measure, IN_REVIEW);
        assertThatThrownBy(() -> move("analyst", submitted, PUBLISHED)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> event(measure, PolicyDate.day(2025, 1, 20), EventAction.POSTPONED, false))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(refused -> assertThat(UserTexts.englishMessage(refused))
                        .isEqualTo("Only reviewers and admins edit items in the state “In review”."));
        assertThat(move("reviewer", submitted, PUBLISHED).getState()).isEqualTo(PUBLISHED);
    }

    @Test
    void viewers_see_published_measures_and_their_events_only() {
        PolicyMeasure published = draft("US");
        event(published, PolicyDate.day(2020, 9, 18), EventAction.ANNOUNCED, false);
        move("reviewer", move("analyst", published, IN_REVIEW), PUBLISHED);
        PolicyMeasure hidden = draft("US");
        event(hidden, PolicyDate.day(2020, 9, 27), EventAction.INJUNCTION, false);

        assertThat(as("viewer", () -> events.list(filter(), PageRequest.of(0, 10))))
                .extracting(EventRow::measureId).containsExactly(published.getId());
        assertThat(as("viewer", () -> events.timeline(filter(), 10))).hasSize(1);
        assertThat(as("analyst", () -> events.count(filter()))).isEqualTo(2);
        assertThatThrownBy(() -> as("viewer", () -> measures.get(hidden.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("viewer", () -> measures.count(MeasureFilter.ALL.withText(marker))))
                .isEqualTo(1);
    }

    @Test
    void each_part_of_the_measure_filter_narrows_the_list_and_the_counts() {
        PolicyMeasure inForce = draft("US");
        event(inForce, PolicyDate.day(2020, 9, 20), EventAction.IN_FORCE, false);
        move("analyst", inForce, IN_REVIEW);
        PolicyMeasure fine = new PolicyMeasure("Measure " + marker + " fine");
        fine.setJurisdiction(as("viewer", () -> jurisdictions.findByCode("IN").orElseThrow()));
        fine.setPlatforms(Set.of(platform("TikTok")));
        fine.setInstrument(Instrument.FINE);
        long fineId = as("analyst", () -> measures.create(fine)).getId();
        MeasureFilter ours = MeasureFilter.ALL.withText(marker);
        long weChat = platform("WeChat").getId();

        assertThat(titlesOf(ours)).hasSize(2);
        assertThat(idsOf(ours.withJurisdictions(Set.of("IN")))).containsExactly(fineId);
        assertThat(idsOf(ours.withPlatforms(Set.of(weChat)))).containsExactly(inForce.getId());
        assertThat(idsOf(ours.withInstrument(Instrument.FINE))).containsExactly(fineId);
        assertThat(idsOf(ours.withStates(Set.of(IN_REVIEW)))).containsExactly(inForce.getId());
        assertThat(idsOf(ours.withCurrentStatus(EventAction.IN_FORCE))).containsExactly(inForce.getId());
        assertThat(as("analyst", () -> measures.count(ours.withJurisdictions(Set.of("US", "IN"))))).isEqualTo(2);
        assertThat(as("viewer", () -> measures.count(ours))).isZero();

        assertThat(as("analyst", () -> measures.countByJurisdictionAndStatus(ours)))
                .containsExactlyInAnyOrder(new MeasureCounts.ByKeyAndStatus("US", EventAction.IN_FORCE, 1),
                        new MeasureCounts.ByKeyAndStatus("IN", null, 1));
        assertThat(as("analyst", () -> measures.countByPlatformAndStatus(ours.withPlatforms(Set.of(weChat)))))
                .containsExactly(new MeasureCounts.ByKeyAndStatus("WeChat", EventAction.IN_FORCE, 1));
    }

    private List<String> titlesOf(MeasureFilter filter) {
        return as("analyst", () -> measures.list(filter, PageRequest.of(0, 10, Sort.by("jurisdiction.code"))))
                .stream().map(PolicyMeasure::getTitle).toList();
    }

    private List<Long> idsOf(MeasureFilter filter) {
        return as("analyst", () -> measures.list(filter, PageRequest.of(0, 10))).stream()
                .map(PolicyMeasure::getId).toList();
    }

    @Test
    void links_read_from_both_sides() {
        PolicyMeasure law = draft("US");
        PolicyMeasure order = draft("US");
        as("analyst", () -> {
            measures.link(law.getId(), LinkType.SUPERSEDES, order.getId());
            return null;
        });
        assertThat(as("analyst", () -> measures.links(law.getId())))
                .singleElement().satisfies(link -> {
                    assertThat(Texts.format(Locale.UK, link.relation())).isEqualTo("supersedes");
                    assertThat(Texts.format(Locale.FRANCE, link.relation())).isEqualTo("remplace");
                    assertThat(link.otherTitle()).isEqualTo(order.getTitle());
                });
        assertThat(as("analyst", () -> measures.links(order.getId())))
                .singleElement().satisfies(link -> {
                    assertThat(Texts.format(Locale.UK, link.relation())).isEqualTo("is superseded by");
                    assertThat(Texts.format(Locale.FRANCE, link.relation())).isEqualTo("est remplacée par");
                    assertThat(link.otherId()).isEqualTo(law.getId());
                });
    }

    @Test
    void a_measure_linked_to_itself_is_refused_in_the_readers_language() {
        PolicyMeasure law = draft("US");
        assertThatThrownBy(() -> as("analyst", () -> {
            measures.link(law.getId(), LinkType.AMENDS, law.getId());
            return null;
        })).isInstanceOfSatisfying(WorkflowException.class, refused -> {
            assertThat(Texts.format(Locale.UK, refused.text())).isEqualTo("A measure cannot be linked to itself.");
            assertThat(Texts.format(Locale.FRANCE, refused.text()))
                    .isEqualTo("Une mesure ne peut pas être liée à elle-même.");
        });
        assertThat(as("analyst", () -> measures.links(law.getId()))).isEmpty();
    }

    @Test
    void a_measure_and_a_concern_each_list_the_other() {
        PolicyMeasure measure = draft("US");
        ConcernRow concern = as("analyst", () -> concerns.list(
                ConcernFilter.ALL.withText("170 million"), PageRequest.of(0, 1))).getFirst();
        as("analyst", () -> {
            measures.linkConcern(measure.getId(), concern.id());
            return null;
        });
        assertThat(as("analyst", () -> measures.concerns(measure.getId())))
                .extracting(ConcernTitle::id).containsExactly(concern.id());
        assertThat(as("analyst", () -> measures.bearingOn(concern.id())))
                .extracting(PolicyMeasure::getId).contains(measure.getId());
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused_for_measures_and_events() {
        PolicyMeasure measure = draft("US");
        PolicyMeasure mine = as("analyst", () -> measures.get(measure.getId()));
        PolicyMeasure theirs = as("analyst", () -> measures.get(measure.getId()));
        theirs.setTitle(theirs.getTitle() + " (theirs)");
        as("analyst", () -> measures.update(theirs));
        mine.setTitle(mine.getTitle() + " (mine)");
        assertThatThrownBy(() -> as("analyst", () -> measures.update(mine)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        PolicyEvent event = event(measure, PolicyDate.day(2024, 4, 24), EventAction.SIGNED, false);
        PolicyEvent first = as("analyst", () -> events.eventsOf(measure.getId())).getFirst();
        PolicyEvent second = as("analyst", () -> events.eventsOf(measure.getId())).getFirst();
        first.setSummary("First");
        as("analyst", () -> events.save(first));
        second.setSummary("Second");
        assertThatThrownBy(() -> as("analyst", () -> events.save(second)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(as("analyst", () -> events.get(event.getId())).getSummary()).isEqualTo("First");
    }

    @Test
    void the_events_csv_holds_the_filtered_rows_with_their_measure_platforms_and_sources() throws IOException {
        PolicyMeasure measure = draft("IN");
        Source order = as("analyst", () -> sources.save(new Source(null, "Interim order " + marker)));
        PolicyEvent permanent = as("analyst", () -> {
            PolicyEvent event = new PolicyEvent(measure, PolicyDate.month(2021, 1), EventAction.IN_FORCE,
                    "=The ban is made permanent, \"for good\"");
            event.setSources(Set.of(source(), order));
            return events.save(event);
        });
        event(measure, PolicyDate.day(2030, 6, 1), EventAction.DEADLINE, true);

        List<CsvRecord> csv = csv("analyst", filter());
        assertThat(csv.getFirst().getFields()).containsExactly("event_id", "date", "date_precision", "period_start",
                "period_end", "status", "action", "summary", "measure_id", "measure_title", "jurisdiction", "platforms",
                "policy_area", "instrument", "binding", "measure_state", "sources");
        assertThat(csv).hasSize(3);
        CsvRecord row = csv.get(1);
        assertThat(row.getField(0)).isEqualTo(String.valueOf(permanent.getId()));
        assertThat(row.getFields()).containsSubsequence("2021-01", "MONTH", "2021-01-01", "2021-01-31", "HAPPENED",
                "IN_FORCE", "'=The ban is made permanent, \"for good\"");
        assertThat(row.getFields()).contains(measure.getTitle(), "IN", "TikTok|WeChat", "DRAFT",
                "Interim order " + marker + "|https://viralmag.fr/?p=64330");
        assertThat(csv.get(2).getFields()).contains("EXPECTED", "DEADLINE", "2030-06-01");
        assertThat(csv("viewer", filter())).hasSize(1);

        PolicyEvent enjoined = event(measure, PolicyDate.day(2024, 1, 1), EventAction.IN_FORCE, true);
        enjoined.setCancelled(true);
        as("analyst", () -> events.save(enjoined));
        assertThat(csv("analyst", filter().withAction(EventAction.IN_FORCE).between(LocalDate.of(2024, 1, 1), null))
                .get(1).getFields()).containsSubsequence("2024-01-01", "DAY", "2024-01-01", "2024-01-01", "CANCELLED",
                "IN_FORCE");
    }

    // --- helpers: each call acts as the named demo user ---

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }

    private EventFilter filter() {
        return EventFilter.ALL.withText(marker);
    }

    private PolicyMeasure draft(String jurisdiction) {
        PolicyMeasure measure = new PolicyMeasure("Measure " + marker + " " + UUID.randomUUID());
        measure.setJurisdiction(as("viewer", () -> jurisdictions.findByCode(jurisdiction).orElseThrow()));
        measure.setPlatforms(Set.of(platform("TikTok"), platform("WeChat")));
        measure.setInstrument(Instrument.NETWORK_BLOCK);
        return as("analyst", () -> measures.create(measure));
    }

    private PolicyEvent event(PolicyMeasure measure, PolicyDate date, EventAction action, boolean expected) {
        PolicyEvent event = new PolicyEvent(measure, date, action, action.name() + " " + marker);
        event.setExpected(expected);
        return as("analyst", () -> events.save(event));
    }

    private PolicyMeasure move(String username, PolicyMeasure measure, PublicationState target) {
        PolicyMeasure current = as(username, () -> measures.get(measure.getId()));
        return as(username, () -> measures.move(current.getId(), current.getVersion(), target, null));
    }

    private Platform platform(String name) {
        return as("viewer", () -> platforms.findByName(name).orElseThrow());
    }

    private Source source() {
        return as("viewer", () -> sources.findByUrl("https://viralmag.fr/?p=64330").orElseThrow());
    }

    private List<EventAction> actions(EventFilter filter) {
        return as("analyst", () -> events.list(filter, PageRequest.of(0, 20, Sort.by("periodStart"))))
                .stream().map(EventRow::action).toList();
    }

    private List<CsvRecord> csv(String username, EventFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(username, () -> {
            try {
                return events.exportCsv(filter, Sort.unsorted(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
            return reader.stream().toList();
        }
    }
}
