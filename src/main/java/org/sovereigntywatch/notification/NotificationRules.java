package org.sovereigntywatch.notification;

import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.ReassessmentAsked;
import org.sovereigntywatch.concern.ReviewComingDue;
import org.sovereigntywatch.editorial.ItemCommented;
import org.sovereigntywatch.editorial.ItemMoved;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.Readers;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.timeline.EventComingUp;
import org.sovereigntywatch.timeline.EventRecorded;
import org.sovereigntywatch.timeline.MeasureService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.sovereigntywatch.notification.NotificationReason.*;

/**
 * What notifies whom, each rule once. The listeners run in the transaction of what they hear of, so a notification is
 * written exactly when the change it tells of is: a refused or rolled-back move tells nobody. Each writes one
 * statement per rule, whatever the number of recipients; nobody is told of their own doing, and nobody is told of an
 * item they may not see then (what they may see can change later: the list checks again when read).
 */
@Component
class NotificationRules {

    private final NotificationStore store;

    NotificationRules(NotificationStore store) {
        this.store = store;
    }

    @EventListener
    void moved(ItemMoved move) {
        Map<String, Object> item = Map.of("state", move.to().name(), "scope", move.scope());
        switch (move.to()) {
            case IN_REVIEW -> store.notify(Notice.of(SUBMITTED, move.kind(), move.id(), move.actor()),
                    Readers.coveringWithRole("u", Role.REVIEWER, "scope"), item);
            case DRAFT -> tellResponsible(move, new Notice(RETURNED, move.kind(), move.id(), null, move.actor(),
                    move.comment(), null), item);
            case PUBLISHED -> {
                tellResponsible(move, Notice.of(PUBLISHED, move.kind(), move.id(), move.actor()), item);
                Watchers watchers = Watchers.of(watchTarget(move.kind()), move.id(), move.subjects());
                Map<String, Object> parameters = new HashMap<>(watchers.parameters());
                parameters.put("responsible", inList(move.responsible()));
                store.notify(Notice.of(WATCHED_PUBLISHED, move.kind(), move.id(), move.actor()),
                        watchers.condition() + " and u.username not in (:responsible)", parameters);
            }
            case ARCHIVED -> {
            }
        }
    }

    private void tellResponsible(ItemMoved move, Notice notice, Map<String, Object> item) {
        Map<String, Object> parameters = new HashMap<>(item);
        parameters.put("responsible", inList(move.responsible()));
        store.notify(notice, "u.username in (:responsible) and " + Readers.maySee("u", "state", "scope"), parameters);
    }

    @EventListener
    void commented(ItemCommented comment) {
        store.notify(new Notice(COMMENTED, comment.kind(), comment.id(), null, comment.actor(), comment.text(), null),
                "u.username in (:participants) and " + Readers.maySee("u", "state", "scope"),
                Map.of("participants", inList(comment.participants()), "state", comment.state().name(),
                        "scope", comment.scope()));
    }

    @EventListener
    void eventRecorded(EventRecorded recorded) {
        Watchers watchers = Watchers.of(WatchTarget.MEASURE, recorded.measureId(), recorded.subjects());
        store.notify(new Notice(WATCHED_EVENT, MeasureService.KIND, recorded.measureId(), recorded.eventId(),
                recorded.actor(), null, null), watchers.condition(), watchers.parameters());
    }

    @EventListener
    void reassessmentAsked(ReassessmentAsked asked) {
        store.notify(new Notice(REASSESS, ConcernService.KIND, asked.concernId(), asked.eventId(), null, null, null),
                "u.id = :owner and u.enabled = TRUE", Map.of("owner", asked.ownerId()));
    }

    @EventListener
    void reviewComingDue(ReviewComingDue due) {
        NotificationReason reason = due.overdue() ? REVIEW_OVERDUE : REVIEW_DUE;
        if (store.firstReminder(reason, due.concernId(), due.nextReview())) {
            store.notify(new Notice(reason, ConcernService.KIND, due.concernId(), null, null, null, due.nextReview()),
                    "u.id = :owner and u.enabled = TRUE", Map.of("owner", due.ownerId()));
        }
    }

    @EventListener
    void eventComingUp(EventComingUp coming) {
        if (store.firstReminder(EVENT_EXPECTED, coming.eventId(), coming.day())) {
            Watchers watchers = Watchers.of(WatchTarget.MEASURE, coming.measureId(), coming.subjects());
            store.notify(new Notice(EVENT_EXPECTED, MeasureService.KIND, coming.measureId(), coming.eventId(), null,
                    null, coming.day()), watchers.condition(), watchers.parameters());
        }
    }

    private static WatchTarget watchTarget(String kind) {
        return kind.equals(ConcernService.KIND) ? WatchTarget.CONCERN : WatchTarget.MEASURE;
    }

    /** Names for an {@code in} list, never empty (an empty list is not valid SQL): no username is blank. */
    private static Set<String> inList(Set<String> names) {
        return names.isEmpty() ? Set.of("") : names;
    }
}
