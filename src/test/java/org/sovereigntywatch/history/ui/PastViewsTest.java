package org.sovereigntywatch.history.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.dashboard.ui.DashboardView;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.ui.BulkActionsBar;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureRow;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.sovereigntywatch.timeline.ui.MeasureEditorView;
import org.sovereigntywatch.timeline.ui.MeasuresView;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measures register, a measure's page, the timeline, the dashboard and the reports as they stood at a past moment:
 * each reads the moment from the address, says so in a banner, is read-only, and leads to the same past.
 */
class PastViewsTest extends KaribuTest {

    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired JurisdictionService jurisdictions;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    /** A published EU measure signed in 2024, then in force in 2025, then renamed: and the moment between. */
    private record Story(PolicyMeasure measure, String title, Platform platform, Instant signedThen) {
    }

    private Story story() {
        Platform platform = records.newPlatform();
        PolicyMeasure measure = runAs.user("analyst", () -> {
            PolicyMeasure draft = new PolicyMeasure("Past measure " + unique);
            draft.setJurisdiction(jurisdictions.findByCode("EU").orElseThrow());
            draft.setPlatforms(Set.of(platform));
            PolicyMeasure created = measures.create(draft);
            events.save(new PolicyEvent(created, PolicyDate.day(2024, 5, 1), EventAction.SIGNED, "Signed " + unique));
            PolicyMeasure current = measures.get(created.getId());
            return measures.move(current.getId(), current.getVersion(), PublicationState.IN_REVIEW, null);
        });
        runAs.user("reviewer", () -> measures.move(measure.getId(), measure.getVersion(), PublicationState.PUBLISHED,
                null));
        Instant signedThen = Instant.now();
        runAs.user("reviewer", () -> {
            events.save(new PolicyEvent(measures.get(measure.getId()), PolicyDate.day(2025, 1, 19),
                    EventAction.IN_FORCE, "In force " + unique));
            PolicyMeasure current = measures.get(measure.getId());
            current.setTitle("Past measure " + unique + " (renamed)");
            return measures.update(current);
        });
        return new Story(measure, "Past measure " + unique, platform, signedThen);
    }

    @Test
    void the_measures_register_in_the_past_shows_each_measure_then_read_only_and_opens_it_then() {
        Story story = story();
        login("reviewer");

        navigate("measures?platform=" + story.platform().getName().replace(" ", "%20") + "&asOf=" + story.signedThen());
        _assertOne(MeasuresView.class);
        assertThat(_get(AsOfBanner.class).isVisible()).isTrue();
        assertThat(_get(AsOfField.class).getValue()).isEqualTo(story.signedThen());
        _assertNone(Button.class, spec -> spec.withText("New measure"));
        _assertNone(BulkActionsBar.class);
        @SuppressWarnings("unchecked")
        Grid<MeasureRow> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0)).extracting(MeasureRow::title, MeasureRow::currentAction)
                .containsExactly(story.title(), EventAction.SIGNED);

        GridKt._clickItem(grid, 0);
        MeasureEditorView page = _get(MeasureEditorView.class);
        assertThat(_get(page, TextField.class, spec -> spec.withLabel("Title")).isReadOnly()).isTrue();
        assertThat(page.getReview().isVisible()).isFalse();
        assertThat(_get(AsOfBanner.class).isVisible()).isTrue();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getSingleParameter(AsOfField.PARAMETER)).contains(story.signedThen().toString());
        assertThat(events(page)).extracting(PolicyEvent::getSummary).containsExactly("Signed " + unique);
        assertThat(_get(page, Span.class, spec -> spec.withClasses("current-status")).getText())
                .isEqualTo("Current status: Signed since 1 May 2024");

        _click(_get(Button.class, spec -> spec.withText("Back to now")));
        MeasureEditorView now = _get(MeasureEditorView.class);
        assertThat(now.getReview().isVisible()).isTrue();
        assertThat(events(now)).extracting(PolicyEvent::getSummary)
                .containsExactly("Signed " + unique, "In force " + unique);
    }

    /** The rows of a measure page's events section. */
    @SuppressWarnings("unchecked")
    private static java.util.List<PolicyEvent> events(MeasureEditorView page) {
        Grid<PolicyEvent> grid = _get(page, Grid.class);
        return java.util.stream.IntStream.range(0, _size(grid)).mapToObj(row -> GridKt._get(grid, row)).toList();
    }

    @Test
    void the_timeline_dashboard_and_reports_read_the_moment_from_the_address_and_mark_it() {
        Story story = story();
        login("viewer");

        for (String page : new String[] {"timeline", "", "reports"}) {
            navigate(page + "?asOf=" + story.signedThen());
            assertThat(_get(AsOfBanner.class).isVisible()).as(page).isTrue();
            assertThat(_get(AsOfField.class).getValue()).as(page).isEqualTo(story.signedThen());
        }
        navigate("?asOf=" + story.signedThen());
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref)
                .filteredOn(href -> href.startsWith("measures?") || href.startsWith("concerns?"))
                .isNotEmpty().allSatisfy(href -> assertThat(href).contains("asOf="));

        _click(_get(Button.class, spec -> spec.withText("Back to now")));
        _assertOne(DashboardView.class);
        _assertNone(AsOfBanner.class);
    }
}
