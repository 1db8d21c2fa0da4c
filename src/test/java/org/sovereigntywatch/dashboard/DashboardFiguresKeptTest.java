package org.sovereigntywatch.dashboard;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.MovableClock;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.TreatmentStatus;
import org.sovereigntywatch.dashboard.DashboardService.Dashboard;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.editorial.ItemMoved;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today's dashboard figures kept for a while per view of the record. The application's own service keeps nothing in
 * tests (so that tests read what they have just written); here one with a lifetime of 15 s and a clock the test moves,
 * given the events the application published as its listener would be.
 */
@IntegrationTest
@RecordApplicationEvents
class DashboardFiguresKeptTest {

    private static final Duration LIFETIME = Duration.ofSeconds(15);

    @Autowired ConcernService concerns;
    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired EditorialPolicy policy;
    @Autowired DashboardService computedEachTime;
    @Autowired RunAs runAs;
    @Autowired TestRecords records;
    @Autowired ApplicationEvents applicationEvents;

    private final MovableClock clock = new MovableClock(Instant.now());
    private DashboardService kept;
    private Platform platform;

    @BeforeEach
    void keepFiguresFor15Seconds() {
        kept = new DashboardService(concerns, measures, events, policy, clock, LIFETIME);
        platform = records.newPlatform();
    }

    @Test
    void figures_are_kept_for_their_lifetime_then_computed_anew() {
        long before = as("analyst", kept::load).openConcerns();
        draft();

        clock.advance(LIFETIME.minusSeconds(1));
        assertThat(as("analyst", kept::load).openConcerns()).isEqualTo(before);
        clock.advance(Duration.ofSeconds(1));
        assertThat(as("analyst", kept::load).openConcerns()).isEqualTo(before + 1);
    }

    @Test
    void figures_kept_for_an_analyst_are_not_shown_to_a_viewer() {
        draft();
        Dashboard analysts = as("analyst", kept::load);
        Dashboard viewers = as("viewer", kept::load);

        assertThat(viewers.openConcerns()).isLessThan(analysts.openConcerns())
                .isEqualTo(as("viewer", computedEachTime::load).openConcerns());
        assertThat(viewers.heatmap()).isEqualTo(as("viewer", computedEachTime::load).heatmap());
    }

    @Test
    void figures_kept_for_an_analyst_are_not_shown_to_one_covering_other_jurisdictions() {
        String elsewhere = records.userCovering(Role.ANALYST, "BR");
        draft();
        long analysts = as("analyst", kept::load).openConcerns();

        assertThat(as(elsewhere, kept::load).openConcerns()).isLessThan(analysts)
                .isEqualTo(as(elsewhere, computedEachTime::load).openConcerns());
    }

    @Test
    void an_item_moved_on_this_node_is_counted_at_once() {
        long before = as("viewer", kept::load).openConcerns();
        records.publish(draft());
        applicationEvents.stream(ItemMoved.class).forEach(kept::onItemMoved);

        assertThat(as("viewer", kept::load).openConcerns()).isEqualTo(before + 1);
    }

    @Test
    void the_recent_changes_are_read_anew_while_the_figures_are_kept() {
        as("analyst", kept::load);
        Concern saved = draft();

        assertThat(as("analyst", kept::load).recentChanges().getFirst().title()).isEqualTo(saved.getTitle());
    }

    private Concern draft() {
        Concern concern = records.newConcern(platform, "NP", 5, 5);
        concern.setTreatmentStatus(TreatmentStatus.OPEN);
        return records.create(concern);
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }
}
