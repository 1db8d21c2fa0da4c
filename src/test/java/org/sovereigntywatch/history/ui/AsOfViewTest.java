package org.sovereigntywatch.history.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.ui.BrowserTime;
import org.sovereigntywatch.base.ui.NotFoundView;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.base.ui.ViewClock;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernRow;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.ui.ConcernsView;
import org.sovereigntywatch.editorial.ui.BulkActionsBar;
import org.sovereigntywatch.editorial.ui.PublishableEditor;
import org.sovereigntywatch.editorial.ui.ReviewPanel;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The concern register and a concern's page "as of" a past moment, read from the address: the banner saying so and
 * that it is read-only, the rows with their titles and states then (a viewer sees only what was published then), no
 * "New concern" and no bulk actions, "Back to now"; a row opens the concern as it stood then, read-only, without its
 * review panel; the moment goes into the address and back, and into the CSV download; in French too.
 * <p>
 * Each test makes its own two concerns on a platform of its own: one published as "Was …" and renamed "Is …" after the
 * moment, one still a draft at the moment and published after it.
 */
class AsOfViewTest extends KaribuTest {

    @Autowired ConcernService concerns;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    private final String key = UUID.randomUUID().toString().substring(0, 8);
    private final String was = "Was " + key;
    private final String is = "Is " + key;
    private final String draftThen = "Draft then " + key;
    private Platform platform;
    private long renamed;
    private long publishedLater;
    private Instant moment;

    @BeforeEach
    void twoConcernsChangedAfterAMoment() {
        platform = records.newPlatform();
        Concern first = records.newConcern(platform, "US", 3, 4);
        first.setTitle(was);
        renamed = records.publish(records.create(first)).getId();
        Concern second = records.newConcern(platform, "US", 2, 2);
        second.setTitle(draftThen);
        publishedLater = records.create(second).getId();

        moment = Instant.now();

        runAs.user("reviewer", () -> {
            Concern concern = concerns.get(renamed);
            concern.setTitle(is);
            concern.setLikelihood(5);
            return concerns.update(concern);
        });
        records.publish(runAs.user("analyst", () -> concerns.get(publishedLater)));
    }

    @Test
    void a_viewer_reads_the_register_as_it_stood_then_marked_read_only_without_what_was_a_draft_then() {
        login("viewer");
        ConcernsView now = openRegister(null);
        assertThat(titlesAndStates(now)).containsExactlyInAnyOrder(is + " PUBLISHED", draftThen + " PUBLISHED");
        assertThat(_find(now, AsOfBanner.class)).isEmpty();

        ConcernsView then = openRegister(moment);

        assertThat(bannerText(then)).isEqualTo("The concern register as it stood on " + BrowserTime.format(moment)
                + ". Read-only.");
        assertThat(_get(_get(then, AsOfBanner.class), Button.class).getText()).isEqualTo("Back to now");
        assertThat(titlesAndStates(then)).containsExactly(was + " PUBLISHED");
        ConcernRow row = _get(grid(then), 0);
        assertThat(row).extracting(ConcernRow::likelihood, ConcernRow::score).containsExactly(3, 12);
        assertThat(_get(then, AsOfField.class).getValue()).isEqualTo(moment);
    }

    @Test
    void an_analyst_reads_the_drafts_of_then_in_their_state_then_with_no_new_concern_and_no_bulk_actions() {
        login("analyst");
        ConcernsView now = openRegister(null);
        assertThat(_find(now, Button.class, spec -> spec.withText("New concern"))).hasSize(1);
        assertThat(_find(now, BulkActionsBar.class)).hasSize(1);
        assertThat(grid(now).getSelectionModel()).isInstanceOf(GridMultiSelectionModel.class);

        ConcernsView then = openRegister(moment);

        assertThat(titlesAndStates(then)).containsExactlyInAnyOrder(was + " PUBLISHED", draftThen + " DRAFT");
        assertThat(_find(then, Button.class, spec -> spec.withText("New concern"))).isEmpty();
        assertThat(_find(then, BulkActionsBar.class)).isEmpty();
        assertThat(grid(then).getSelectionModel()).isNotInstanceOf(GridMultiSelectionModel.class);
    }

    @Test
    void back_to_now_clears_the_moment_the_banner_and_the_address_and_brings_back_the_actions() {
        login("analyst");
        ConcernsView register = openRegister(moment);
        assertThat(parameters(lastAddressWritten())).containsKey(AsOfField.PARAMETER);

        _click(_get(_get(register, AsOfBanner.class), Button.class, spec -> spec.withText("Back to now")));

        assertThat(_get(register, AsOfField.class).getValue()).isNull();
        assertThat(_find(register, AsOfBanner.class)).isEmpty();
        assertThat(parameters(lastAddressWritten())).containsOnly(
                Map.entry("platform", List.of(platform.getName())));
        assertThat(titlesAndStates(register)).containsExactlyInAnyOrder(is + " PUBLISHED", draftThen + " PUBLISHED");
        assertThat(_find(register, Button.class, spec -> spec.withText("New concern"))).hasSize(1);
        assertThat(_find(register, BulkActionsBar.class)).hasSize(1);
        assertThat(grid(register).getSelectionModel()).isInstanceOf(GridMultiSelectionModel.class);
    }

    @Test
    void a_row_opens_the_concern_as_it_stood_then_read_only_marked_and_without_its_review_panel() {
        login("viewer");
        ConcernsView register = openRegister(moment);

        _clickItem(grid(register), 0);

        Location opened = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(opened.getPath()).isEqualTo("concerns/" + renamed);
        assertThat(opened.getQueryParameters().getParameters()).containsExactly(
                Map.entry(AsOfField.PARAMETER, List.of(moment.toString())));
        PublishableEditor<?> page = _get(PublishableEditor.class);
        TextField title = _get(page.getForm(), TextField.class, spec -> spec.withLabel("Title"));
        assertThat(title.getValue()).isEqualTo(was);
        assertThat(title.isReadOnly()).isTrue();
        assertThat(_get(page.getForm(), Select.class, spec -> spec.withLabel("Likelihood (1–5)")).getValue())
                .isEqualTo(3);
        assertThat(bannerText(page)).isEqualTo("This item as it stood on " + BrowserTime.format(moment)
                + ". Read-only.");
        assertThat(_find(ReviewPanel.class)).isEmpty();
        assertThat(_find(HistorySection.class)).isEmpty();
        assertThat(_find(page, Button.class, spec -> spec.withText("Save"))).isEmpty();
    }

    @Test
    void an_analyst_sees_a_concern_as_it_stood_then_read_only_though_they_may_edit_it_now_and_goes_back_to_now() {
        login("reviewer");
        navigate("concerns/" + renamed + "?asOf=" + moment);
        PublishableEditor<?> page = _get(PublishableEditor.class);
        TextField title = _get(page.getForm(), TextField.class, spec -> spec.withLabel("Title"));
        assertThat(title.getValue()).isEqualTo(was);
        assertThat(title.isReadOnly()).isTrue();
        assertThat(_find(page, Button.class, spec -> spec.withText("Save"))).isEmpty();
        assertThat(_find(ReviewPanel.class)).isEmpty();

        _click(_get(_get(page, AsOfBanner.class), Button.class, spec -> spec.withText("Back to now")));

        Location now = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(now.getPath()).isEqualTo("concerns/" + renamed);
        assertThat(now.getQueryParameters().getParameters()).isEmpty();
        page = _get(PublishableEditor.class);
        title = _get(page.getForm(), TextField.class, spec -> spec.withLabel("Title"));
        assertThat(title.getValue()).isEqualTo(is);
        assertThat(title.isReadOnly()).as("a reviewer edits a published concern").isFalse();
        assertThat(_find(page, AsOfBanner.class)).isEmpty();
        assertThat(_find(ReviewPanel.class)).hasSize(1);
        assertThat(_find(HistorySection.class)).hasSize(1);
    }

    @Test
    void the_moment_set_in_the_field_goes_into_the_address_and_that_address_sets_the_field_again() {
        login("analyst");
        ConcernsView register = openRegister(null);

        _setValue(_get(register, AsOfField.class), moment);

        String address = lastAddressWritten();
        assertThat(parameters(address)).containsOnly(Map.entry("platform", List.of(platform.getName())),
                Map.entry(AsOfField.PARAMETER, List.of(moment.toString())));
        assertThat(titlesAndStates(register)).containsExactlyInAnyOrder(was + " PUBLISHED", draftThen + " DRAFT");

        UI.getCurrent().navigate("");
        navigate(address);
        ConcernsView reopened = _get(ConcernsView.class);
        assertThat(reopened).isNotSameAs(register);
        assertThat(_get(reopened, AsOfField.class).getValue()).isEqualTo(moment);
        assertThat(bannerText(reopened)).startsWith("The concern register as it stood on ");
        assertThat(titlesAndStates(reopened)).containsExactlyInAnyOrder(was + " PUBLISHED", draftThen + " DRAFT");
    }

    @Test
    void a_day_and_time_chosen_in_the_field_are_the_moment_in_the_browsers_time_zone_and_go_into_the_address() {
        login("analyst");
        ConcernsView register = openRegister(null);
        AsOfField field = _get(register, AsOfField.class);
        LocalDate yesterday = ViewClock.today().minusDays(1);

        _setValue(_get(field, DatePicker.class), yesterday);
        _setValue(_get(field, TimePicker.class), LocalTime.of(10, 30));
        _fireDomEvent(field, "change");

        // The tests' browser gives no time zone: UTC.
        Instant chosen = yesterday.atTime(10, 30).toInstant(ZoneOffset.UTC);
        assertThat(field.getValue()).isEqualTo(chosen);
        assertThat(parameters(lastAddressWritten())).containsEntry(AsOfField.PARAMETER, List.of(chosen.toString()));
        assertThat(_size(grid(register))).as("none of this test's concerns existed yesterday").isZero();

        navigate(lastAddressWritten());
        AsOfField reopened = _get(_get(ConcernsView.class), AsOfField.class);
        assertThat(_get(reopened, DatePicker.class).getValue()).isEqualTo(yesterday);
        assertThat(_get(reopened, TimePicker.class).getValue()).isEqualTo(LocalTime.of(10, 30));
    }

    @Test
    void a_day_chosen_without_a_time_takes_in_everything_recorded_on_that_day() {
        login("analyst");
        AsOfField field = _get(openRegister(null), AsOfField.class);
        LocalDate yesterday = ViewClock.today().minusDays(1);

        _setValue(_get(field, DatePicker.class), yesterday);
        _fireDomEvent(field, "change");

        // Revisions are stamped to the microsecond: the day's end is its last one, not the start of its last second.
        Instant nextDay = yesterday.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(field.getValue()).isBefore(nextDay).isAfterOrEqualTo(nextDay.minus(1, ChronoUnit.MICROS));
        assertThat(_get(field, TimePicker.class).getValue()).as("no time shown for a day alone").isNull();
    }

    @Test
    void the_csv_download_holds_the_register_as_it_stood_at_the_moment() {
        login("viewer");
        String present = csv(openRegister(null));
        assertThat(present).contains(is, draftThen).doesNotContain(was);

        String then = csv(openRegister(moment));

        assertThat(then).contains(was).doesNotContain(is, draftThen);
        assertThat(then.lines().toList()).hasSize(2);
    }

    @Test
    void a_viewer_following_a_link_to_a_concern_that_was_a_draft_then_is_told_it_was_not_to_be_seen_then() {
        login("viewer");
        navigate("concerns/" + publishedLater + "?asOf=" + moment);

        _assertOne(NotFoundView.class);
        assertThat(_get(Paragraph.class).getText()).isEqualTo("There was no such item on "
                + BrowserTime.format(moment) + ", or you may not see it as it was then.");
    }

    @Test
    void a_french_reader_reads_the_banners_of_the_past_in_french() {
        login("viewer");
        browserPrefers(Locale.FRANCE);
        ConcernsView register = openRegister(moment);

        assertThat(bannerText(register)).isEqualTo("Le registre des préoccupations tel qu’il était le "
                + BrowserTime.format(moment) + ". Lecture seule.");
        AsOfBanner banner = _get(register, AsOfBanner.class);
        assertThat(_get(banner, Button.class).getText()).isEqualTo("Revenir à aujourd’hui");
        ShownTexts.assertReadsInFrench(banner);

        _clickItem(grid(register), 0);
        PublishableEditor<?> page = _get(PublishableEditor.class);
        assertThat(bannerText(page)).isEqualTo("Cet élément tel qu’il était le " + BrowserTime.format(moment)
                + ". Lecture seule.");
    }

    /** The register filtered to this test's platform, as of {@code asOf} (null: now), opened by its address. */
    private ConcernsView openRegister(Instant asOf) {
        QueryParameters query = asOf == null ? QueryParameters.simple(Map.of("platform", platform.getName()))
                : QueryParameters.simple(Map.of("platform", platform.getName(), AsOfField.PARAMETER, asOf.toString()));
        UI.getCurrent().navigate("concerns", query);
        return _get(ConcernsView.class);
    }

    /** The query parameters of an address the register wrote, decoded as the router reads them. */
    private static Map<String, List<String>> parameters(String address) {
        assertThat(address).startsWith("concerns?");
        return new Location(address).getQueryParameters().getParameters();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ConcernRow> grid(ConcernsView register) {
        return _get(register, Grid.class);
    }

    /** Each row as "title STATE". */
    private static List<String> titlesAndStates(ConcernsView register) {
        Grid<ConcernRow> grid = grid(register);
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i))
                .map(row -> row.title() + " " + row.state()).toList();
    }

    private static String bannerText(com.vaadin.flow.component.Component page) {
        return _get(_get(page, AsOfBanner.class), Span.class).getText();
    }

    /** The file the register's "Download CSV" link gives now, as the browser would receive it. */
    private static String csv(ConcernsView register) {
        Anchor link = _get(register, Anchor.class, spec -> spec.withClasses("download-link"));
        return new String(_download(link), StandardCharsets.UTF_8);
    }
}
