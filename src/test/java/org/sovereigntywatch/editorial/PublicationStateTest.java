package org.sovereigntywatch.editorial;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.UserTexts;
import org.sovereigntywatch.base.WorkflowException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovereigntywatch.editorial.PublicationState.ARCHIVED;
import java.util.Set;

import static org.sovereigntywatch.editorial.PublicationState.DRAFT;
import static org.sovereigntywatch.editorial.PublicationState.IN_REVIEW;
import static org.sovereigntywatch.editorial.PublicationState.PUBLISHED;

class PublicationStateTest {

    /** A concrete publishable, as concerns and measures are. */
    static final class Item extends Publishable {

        @Override
        public String getTitle() {
            return "An item";
        }

        @Override
        public String scope() {
            return "US";
        }

        @Override
        public ItemSubjects subjects() {
            return new ItemSubjects(Set.of(), Set.of());
        }
    }

    @Test
    void an_item_starts_as_a_draft_goes_to_review_and_is_published() {
        Item item = new Item();
        assertThat(item.getState()).isEqualTo(DRAFT);
        item.moveTo(IN_REVIEW);
        item.moveTo(PUBLISHED);
        assertThat(item.getState()).isEqualTo(PUBLISHED);
    }

    @Test
    void a_draft_cannot_be_published_without_review() {
        Item item = new Item();
        assertThatThrownBy(() -> item.moveTo(PUBLISHED))
                .isInstanceOf(WorkflowException.class)
                .extracting(UserTexts::englishMessage).isEqualTo("An item in the state “Draft” cannot move to “Published”.");
        assertThat(item.getState()).isEqualTo(DRAFT);
    }

    @Test
    void a_reviewer_can_return_an_item_to_draft() {
        assertThat(IN_REVIEW.canMoveTo(DRAFT)).isTrue();
        assertThat(PUBLISHED.canMoveTo(DRAFT)).isTrue();
    }

    @Test
    void archived_is_final_and_read_only() {
        assertThat(ARCHIVED.next()).isEmpty();
        assertThat(ARCHIVED.isEditable()).isFalse();
        assertThat(PUBLISHED.isEditable()).isTrue();
    }
}
