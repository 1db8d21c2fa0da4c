package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.PinnableClock;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernRow;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The register marks a review date overdue from the day after it, today being the application's clock's. */
class OverdueReviewDateTest extends KaribuTest {

    @Autowired TestRecords records;
    @Autowired PinnableClock clock;

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    @Test
    void a_review_date_is_marked_overdue_from_the_day_after_it() {
        LocalDate review = LocalDate.now(clock).plusDays(40);
        Concern concern = records.newConcern(records.newPlatform(), "US", 2, 2);
        concern.setNextReview(review);
        records.create(concern);
        login("analyst");

        clock.pin(review);
        assertThat(nextReviewClasses(concern.getTitle())).isEmpty();
        clock.pin(review.plusDays(1));
        assertThat(nextReviewClasses(concern.getTitle())).isEqualTo("overdue");
    }

    @SuppressWarnings("unchecked")
    private String nextReviewClasses(String title) {
        UI.getCurrent().navigate(ConcernsView.class);
        ConcernsView register = _get(ConcernsView.class);
        _setValue(register.filters.search, title);
        assertThat(_size(register.grid)).isEqualTo(1);
        ConcernRow row = _get(register.grid, 0);
        Grid.Column<ConcernRow> nextReview = register.grid.getColumns().stream()
                .filter(column -> "Next review".equals(column.getHeaderText())).findFirst().orElseThrow();
        return String.valueOf(((LitRenderer<ConcernRow>) nextReview.getRenderer()).getValueProviders().get("classes")
                .apply(row));
    }
}
