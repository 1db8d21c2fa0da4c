package org.sovereigntywatch.timeline;

import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * What a newly recorded policy event means beyond its measure: an event that happened (a ban enters into force, a
 * court enjoins it, a law is repealed) asks for each concern its measure bears on to be re-assessed
 * ({@link ConcernService#reassess}), and every new event of a published
 * measure is news for those who watch it ({@link EventRecorded}).
 */
@Component
class EventNews {

    private final PolicyMeasureRepository measures;
    private final ConcernService concerns;
    private final ApplicationEventPublisher publisher;
    private final CurrentUser currentUser;

    EventNews(PolicyMeasureRepository measures, ConcernService concerns, ApplicationEventPublisher publisher,
              CurrentUser currentUser) {
        this.measures = measures;
        this.concerns = concerns;
        this.publisher = publisher;
        this.currentUser = currentUser;
    }

    /**
     * Tells of an event just saved, in the saving transaction.
     *
     * @param isNew          whether it was added now (rather than changed)
     * @param happenedBefore whether it was already stored as an event that happened
     */
    void recorded(PolicyEvent event, boolean isNew, boolean happenedBefore) {
        boolean happenedNow = happened(event) && !happenedBefore;
        if (!isNew && !happenedNow) {
            return;
        }
        // The stored measure with its links, not the copy the caller built the event with.
        PolicyMeasure measure = measures.findById(Objects.requireNonNull(event.getMeasure()).getId()).orElseThrow();
        if (happenedNow && !measure.concernIds().isEmpty()) {
            concerns.reassess(event.getId(), measure.concernIds());
        }
        if (measure.getState() == PublicationState.PUBLISHED) {
            publisher.publishEvent(new EventRecorded(event.getId(), measure.getId(), measure.subjects(),
                    currentUser.require().getUsername()));
        }
    }

    /** Whether the event took place: neither expected nor called off. */
    static boolean happened(PolicyEvent event) {
        return !event.isExpected() && !event.isCancelled();
    }
}
