package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.ui.ConcernSection;
import org.sovereigntywatch.timeline.EventRow;
import org.sovereigntywatch.timeline.EventService;

import java.util.Set;

/**
 * "Re-assess: Enjoined, 27 September 2020 — Executive Order 13942", above a concern's form while a policy event on a
 * measure bearing on it asks for it to be re-assessed, with a link to the measure. A reader who may not see that
 * measure is told only that a policy event asks for it.
 */
class ReassessNotice extends Composite<Div> {

    /** Offers the notice to the concern page. */
    @SpringComponent
    static class OnConcernPage implements ConcernSection {

        private final ConcernService concerns;
        private final EventService events;

        OnConcernPage(ConcernService concerns, EventService events) {
            this.concerns = concerns;
            this.events = events;
        }

        @Override
        public Component build(long concernId) {
            Long eventId = concerns.get(concernId).getReassessEventId();
            if (eventId == null) {
                Div none = new Div();
                none.setVisible(false);
                return none;
            }
            return new ReassessNotice(events.rows(Set.of(eventId)).stream().findFirst().orElse(null));
        }

        @Override
        public boolean onTop() {
            return true;
        }
    }

    ReassessNotice(@Nullable EventRow event) {
        Div content = getContent();
        content.addClassName("reassess-notice");
        content.getElement().setAttribute("role", "status");
        content.add(VaadinIcon.EXCLAMATION_CIRCLE_O.create());
        if (event == null) {
            content.add(new Span(getTranslation("concern.reassess.unseen")));
            return;
        }
        content.add(new Span(Translations.text(new Text("concern.reassess",
                new Text("notification.event", event.action(), event.date())))),
                new RouterLink(event.measureTitle(), MeasureEditorView.class,
                        new RouteParameters("id", String.valueOf(event.measureId()))));
        content.add(new Span(getTranslation("concern.reassess.how")));
    }
}
