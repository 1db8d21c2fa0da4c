package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.editorial.ui.BulkResultDialog;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereigntywatch.editorial.PublicationState.IN_REVIEW;
import static org.sovereigntywatch.editorial.PublicationState.PUBLISHED;

/** The measures register's bulk bar: the same bar as the concerns', over measures. */
class MeasuresBulkTest extends KaribuTest {

    @Autowired MeasureService measures;
    @Autowired JurisdictionService jurisdictions;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    private Platform platform;

    @BeforeEach
    void aPlatformOfItsOwn() {
        platform = records.newPlatform();
    }

    @Test
    void a_reviewer_publishes_all_measures_in_review_matching_the_filter_in_a_few_clicks() {
        List<Long> submitted = IntStream.range(0, 3).mapToObj(i -> measureInReview()).toList();
        login("reviewer");
        UI.getCurrent().navigate(MeasuresView.class);
        MeasuresView register = _get(MeasuresView.class);
        _setValue(register.filters.platform, platform);
        _setValue(register.filters.state, IN_REVIEW);

        _click(button(register, "Select all 3 measures matching"));
        _click(button(register, "Publish"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(getHeader(confirm)).isEqualTo("Publish 3 measures?");
        _fireConfirm(confirm);
        awaitUi(() -> !register.bulk.isRunning());

        assertThat(_get(BulkResultDialog.class).getHeaderTitle()).isEqualTo("3 of 3 measures published");
        assertThat(_size(register.grid)).isZero();
        for (long id : submitted) {
            assertThat(runAs.user("viewer", () -> measures.get(id)).getState()).isEqualTo(PUBLISHED);
        }
    }

    @Test
    void a_viewer_sees_no_bulk_bar() {
        login("viewer");
        UI.getCurrent().navigate(MeasuresView.class);
        MeasuresView register = _get(MeasuresView.class);

        assertThat(register.bulk.isVisible()).isFalse();
        assertThat(register.grid.getSelectionModel()).isNotInstanceOf(GridMultiSelectionModel.class);
    }

    private long measureInReview() {
        PolicyMeasure measure = new PolicyMeasure("Bulk view measure " + UUID.randomUUID());
        measure.setJurisdiction(runAs.user("viewer", () -> jurisdictions.findByCode("US").orElseThrow()));
        measure.setPlatforms(Set.of(platform));
        PolicyMeasure created = runAs.user("analyst", () -> measures.create(measure));
        runAs.user("analyst", () -> measures.move(created.getId(), created.getVersion(), IN_REVIEW, null));
        return created.getId();
    }

    private static Button button(MeasuresView register, String text) {
        return _get(register.bulk, Button.class, spec -> spec.withText(text));
    }
}
