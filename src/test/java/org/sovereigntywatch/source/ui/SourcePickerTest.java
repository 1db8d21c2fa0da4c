package org.sovereigntywatch.source.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ui.ConcernEditorView;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sources picker of an item's form offers what the sources service lets the user see: sources cited by items they
 * may see, and those they recorded that nothing cites yet — not the evidence of another jurisdiction's drafts.
 */
class SourcePickerTest extends KaribuTest {

    @Autowired SourceService sources;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    private final String marker = "Picker " + UUID.randomUUID();
    private String canadianAnalyst;
    private Source citedByAUsDraft;
    private Source recordedInCanada;

    @BeforeEach
    void aSourceCitedByAUsDraftAndOneRecordedByAnAnalystCoveringCanada() {
        canadianAnalyst = records.userCovering(Role.ANALYST, "CA");
        citedByAUsDraft = runAs.user("analyst", () -> sources.save(
                new Source("Example", marker + " cited", "https://www.example.org/" + UUID.randomUUID())));
        Concern draft = records.newConcern(records.newPlatform(), "US", 3, 3);
        draft.setSources(Set.of(citedByAUsDraft));
        records.create(draft);
        recordedInCanada = runAs.user(canadianAnalyst, () -> sources.save(
                new Source("Example", marker + " recorded", "https://www.example.org/" + UUID.randomUUID())));
    }

    @Test
    void an_analyst_covering_canada_is_offered_the_source_they_recorded_and_not_the_us_drafts_evidence() {
        login(canadianAnalyst);
        assertThat(offeredOnANewConcern()).extracting(Source::getId).containsExactly(recordedInCanada.getId());
    }

    @Test
    void the_analyst_covering_the_us_is_offered_the_us_drafts_evidence_and_not_what_someone_else_has_not_cited_yet() {
        login("analyst");
        assertThat(offeredOnANewConcern()).extracting(Source::getId).containsExactly(citedByAUsDraft.getId());
    }

    /** The sources the picker of a new concern's form offers for the test's search text. */
    @SuppressWarnings("unchecked")
    private List<Source> offeredOnANewConcern() {
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", "new"));
        SourcePicker picker = _get(SourcePicker.class);
        DataProvider<Source, String> offered = (DataProvider<Source, String>) picker.sources.getDataProvider();
        return offered.fetch(new Query<>(0, 20, List.of(), null, marker)).toList();
    }
}
