package org.sovereigntywatch.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.ui.BrowserTime;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.concern.ClaimStatus;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.ui.ReviewPanel;
import org.sovereigntywatch.history.HistoryEntry;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.timeline.LinkType;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The History section of an item page, on a concern's: closed at first and read when opened, then the concern's
 * changes newest first, each with who made it and when, the version it made, the fields before → after, a long text
 * as the words it lost and gained, and the comment of a return to draft; in English and in French.
 */
class HistorySectionTest extends KaribuTest {

    private static final String DESCRIPTION = "The platform stores the data of foreign users in Singapore, under "
            + "contracts its parent company says keep Chinese authorities out.";
    private static final String EDITED_DESCRIPTION = DESCRIPTION.replace("Singapore", "Virginia");

    @Autowired ConcernService concerns;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;
    @Autowired MeasureService measures;
    @Autowired JurisdictionService jurisdictions;

    @Test
    void the_history_section_is_closed_at_first_and_reads_the_history_when_opened() {
        Concern concern = records.create(records.newConcern(records.newPlatform(), "US", 3, 4));
        login("analyst");
        openPage(concern);
        HistorySection section = _get(HistorySection.class);

        assertThat(section.isOpened()).isFalse();
        assertThat(section.getSummaryText()).isEqualTo("History");
        assertThat(lines(section)).isEmpty();

        // Written after the page was shown, by the signed-in analyst: what the section shows once opened is read
        // then, not at page load. (A comment, as it leaves the concern's version and so the page's form as they were.)
        concerns.comment(concern.getId(), "Which contracts?");
        section.setOpened(true);

        assertThat(lines(section)).hasSize(2);
        assertThat(header(lines(section).getFirst())).startsWith("analyst · ").endsWith(" · commented");
        assertThat(text(lines(section).getFirst(), Paragraph.class, "history-comment")).isEqualTo("Which contracts?");

        // Open, it follows the concern as it changes on the page.
        _click(_get(_get(ReviewPanel.class), Button.class,
                spec -> spec.withText("Submit for review")));
        assertThat(lines(section)).hasSize(3);
        assertThat(changes(lines(section).getFirst())).containsExactly("State: Draft → In review");
    }

    @Test
    void opened_it_lists_the_changes_newest_first_with_who_when_version_fields_word_diff_and_comment() {
        long id = aConcernEditedSubmittedAndReturnedToDraft();
        List<HistoryEntry> entries = runAs.user("analyst", () -> concerns.history(id));
        login("analyst");
        openPage(id);
        HistorySection section = _get(HistorySection.class);
        section.setOpened(true);

        List<Div> lines = lines(section);
        assertThat(lines).hasSize(4);
        assertThat(lines).extracting(HistorySectionTest::header).containsExactly(
                "reviewer · " + BrowserTime.format(entries.get(0).at()) + " · changed",
                "analyst · " + BrowserTime.format(entries.get(1).at()) + " · changed",
                "analyst · " + BrowserTime.format(entries.get(2).at()) + " · changed",
                "analyst · " + BrowserTime.format(entries.get(3).at()) + " · created");
        assertThat(entries).extracting(HistoryEntry::at).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(lines).extracting(line -> text(line, Span.class, "history-version"))
                .containsExactly("Version 4", "Version 3", "Version 2", "Version 1");

        Div returned = lines.get(0);
        assertThat(changes(returned)).containsExactly("State: In review → Draft");
        assertThat(text(returned, Paragraph.class, "history-comment")).isEqualTo("Cite the Virginia claim");
        assertThat(changes(lines.get(1))).containsExactly("State: Draft → In review");
        assertThat(_find(lines.get(1), Paragraph.class, spec -> spec.withClasses("history-comment"))).isEmpty();

        Div edit = lines.get(2);
        assertThat(changes(edit)).containsExactly(
                "Description: " + DESCRIPTION.replace("Singapore, ", "Singapore, Virginia, "),
                "Claim status: Unverified → Disputed",
                "Likelihood (1–5): 3 → 5");
        Div diff = _get(edit, Div.class, spec -> spec.withClasses("history-diff"));
        assertThat(diff.getChildren()).extracting(part -> part.getElement().getTag() + ":" + part.getElement().getText())
                .containsExactly(
                        "span:The platform stores the data of foreign users in ",
                        "del:Singapore, ",
                        "ins:Virginia, ",
                        "span:under contracts its parent company says keep Chinese authorities out.");
        assertThat(diff.getChildren().filter(part -> part.getElement().getTag().equals("del")))
                .allMatch(part -> part.hasClassName("history-removed"));
        assertThat(diff.getChildren().filter(part -> part.getElement().getTag().equals("ins")))
                .allMatch(part -> part.hasClassName("history-added"));
        // A short value reads as the whole value struck out, then the new one.
        Div likelihood = changeLines(edit).getLast();
        assertThat(likelihood.getChildren()).extracting(part -> part.getElement().getTag() + ":"
                        + part.getElement().getTextRecursively())
                .containsExactly("span:Likelihood (1–5): ", "del:3", "span: → ", "ins:5");

        assertThat(changes(lines.get(3))).contains("Likelihood (1–5): (empty) → 3", "Owner: (empty) → Ana Analyst",
                "State: (empty) → Draft", "Description: (empty) → " + DESCRIPTION);
    }

    @Test
    void a_new_concern_s_page_shows_no_history_section() {
        login("analyst");
        UI.getCurrent().navigate("concerns/new");

        assertThat(_find(HistorySection.class)).isEmpty();
        // It is there, hidden, for when the concern is saved.
        assertThat(descendants(UI.getCurrent()).filter(HistorySection.class::isInstance)).singleElement()
                .satisfies(section -> assertThat(section.isVisible()).isFalse());
    }

    @Test
    void a_french_analyst_reads_the_history_section_in_french() {
        long id = aConcernEditedSubmittedAndReturnedToDraft();
        List<HistoryEntry> entries = runAs.user("analyst", () -> concerns.history(id));
        login("analyst");
        browserPrefers(Locale.FRANCE);
        openPage(id);
        HistorySection section = _get(HistorySection.class);
        section.setOpened(true);

        ShownTexts.assertReadsInFrench(section);
        assertThat(section.getSummaryText()).isEqualTo("Historique");
        List<Div> lines = lines(section);
        assertThat(lines).extracting(HistorySectionTest::header).containsExactly(
                "reviewer · " + BrowserTime.format(entries.get(0).at()) + " · a modifié",
                "analyst · " + BrowserTime.format(entries.get(1).at()) + " · a modifié",
                "analyst · " + BrowserTime.format(entries.get(2).at()) + " · a modifié",
                "analyst · " + BrowserTime.format(entries.get(3).at()) + " · a créé");
        assertThat(changes(lines.get(0))).containsExactly("État : En relecture → Brouillon");
        assertThat(changes(lines.get(2))).contains("Statut de la déclaration : Non vérifiée → Contestée",
                "Probabilité (1–5) : 3 → 5");
        assertThat(changes(lines.get(3))).contains("Probabilité (1–5) : (vide) → 3");
    }

    @Test
    void a_french_analyst_reads_a_measure_s_links_in_its_history_in_french() {
        Platform platform = records.newPlatform();
        PolicyMeasure measure = runAs.user("analyst", () -> measures.create(newMeasure(platform)));
        PolicyMeasure other = runAs.user("analyst", () -> measures.create(newMeasure(platform)));
        runAs.user("analyst", () -> {
            measures.link(measure.getId(), LinkType.AMENDS, other.getId());
            return null;
        });
        login("analyst");
        browserPrefers(Locale.FRANCE);
        UI.getCurrent().navigate("measures/" + measure.getId());
        HistorySection section = _get(HistorySection.class);
        section.setOpened(true);

        ShownTexts.assertReadsInFrench(section);
        assertThat(changes(lines(section).getFirst())).containsExactly("Relation : (vide) → Modifie");
    }

    private PolicyMeasure newMeasure(Platform platform) {
        PolicyMeasure measure = new PolicyMeasure("Linked measure " + UUID.randomUUID());
        measure.setJurisdiction(jurisdictions.findByCode("US").orElseThrow());
        measure.setPlatforms(Set.of(platform));
        return measure;
    }

    /**
     * A concern (likelihood 3) whose analyst then edits its likelihood, claim status and description (one word of a
     * long text) and submits it, and which a reviewer returns to draft with a comment: four versions.
     */
    private long aConcernEditedSubmittedAndReturnedToDraft() {
        Concern draft = records.newConcern(records.newPlatform(), "US", 3, 4);
        draft.setDescription(DESCRIPTION);
        long id = records.create(draft).getId();
        edit(id, "analyst", concern -> {
            concern.setLikelihood(5);
            concern.setClaimStatus(ClaimStatus.DISPUTED);
            concern.setDescription(EDITED_DESCRIPTION);
        });
        Concern edited = runAs.user("analyst", () -> concerns.get(id));
        Concern submitted = runAs.user("analyst", () -> concerns.move(id, edited.getVersion(),
                PublicationState.IN_REVIEW, null));
        runAs.user("reviewer", () -> concerns.move(id, submitted.getVersion(), PublicationState.DRAFT,
                "Cite the Virginia claim"));
        return id;
    }

    private void edit(long id, String username, Consumer<Concern> change) {
        runAs.user(username, () -> {
            Concern concern = concerns.get(id);
            change.accept(concern);
            return concerns.update(concern);
        });
    }

    private static void openPage(Concern concern) {
        openPage(concern.getId());
    }

    private static void openPage(long id) {
        UI.getCurrent().navigate("concerns/" + id);
    }

    private static List<Div> lines(HistorySection section) {
        return _find(section, Div.class, spec -> spec.withClasses("history-line"));
    }

    private static String header(Div line) {
        return text(line, Span.class, "history-header");
    }

    private static List<Div> changeLines(Div line) {
        return _find(line, Div.class, spec -> spec.withClasses("history-change"));
    }

    /** Each field line as it reads: "Likelihood (1–5): 3 → 5". */
    private static List<String> changes(Div line) {
        return changeLines(line).stream().map(change -> change.getElement().getTextRecursively()).toList();
    }

    private static <C extends Component> String text(Div line, Class<C> type, String className) {
        return _get(line, type, spec -> spec.withClasses(className)).getElement().getTextRecursively();
    }

    private static Stream<Component> descendants(Component root) {
        List<Component> all = new ArrayList<>();
        root.getChildren().forEach(child -> {
            all.add(child);
            all.addAll(descendants(child).toList());
        });
        return all.stream();
    }
}
