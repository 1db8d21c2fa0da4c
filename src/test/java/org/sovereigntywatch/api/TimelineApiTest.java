package org.sovereigntywatch.api;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measures (with their events) and events endpoints: the screens' filters, cursor pages that neither skip nor
 * repeat while events are added, a sync by "changed since", and what each role's token sees.
 */
class TimelineApiTest extends ApiTest {

    private static final LocalDate DAY = LocalDate.of(1995, 1, 17);




    @Test
    void a_measure_comes_with_its_steps_in_date_order_and_its_current_status() {
        PolicyMeasure measure = records.createMeasure(platform, "US");
        PolicyEvent inForce = records.addEvent(measure, DAY, EventAction.IN_FORCE);
        PolicyEvent signed = records.addEvent(measure, DAY.minusMonths(2), EventAction.SIGNED);
        String analyst = api.tokenOf("analyst");

        JsonNode listed = api.ok(analyst, "/api/v1/measures?platform=" + platform.getId()).get("items").get(0);
        JsonNode alone = api.ok(analyst, "/api/v1/measures/" + measure.getId());

        assertThat(alone).isEqualTo(listed);
        assertThat(alone.get("jurisdiction").asString()).isEqualTo("US");
        assertThat(alone.get("platforms").get(0).asString()).isEqualTo(platform.getName());
        assertThat(alone.get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(alone.get("statusSince").asString()).isEqualTo("1995-01-17");
        assertThat(alone.get("state").asString()).isEqualTo("DRAFT");
        assertThat(ids(alone.get("events"))).containsExactly(signed.getId(), inForce.getId());
        assertThat(alone.get("events").get(1).get("date").asString()).isEqualTo("1995-01-17");
        assertThat(alone.get("events").get(1).get("status").asString()).isEqualTo("HAPPENED");
    }

    @Test
    void a_viewers_token_sees_published_measures_and_their_events_only() {
        PolicyMeasure draft = records.createMeasure(platform, "US");
        PolicyEvent draftStep = records.addEvent(draft, DAY, EventAction.ANNOUNCED);
        PolicyMeasure published = records.publish(records.createMeasure(platform, "IN"));
        PolicyEvent publishedStep = records.addEvent(published, DAY, EventAction.ADOPTED);
        String viewer = api.tokenOf("viewer");
        String usAnalyst = api.tokenOf(records.userCovering(Role.ANALYST, "US"));

        assertThat(ids(api.ok(viewer, "/api/v1/measures?platform=" + platform.getId()).get("items")))
                .containsExactly(published.getId());
        assertThat(ids(api.ok(viewer, "/api/v1/events?platform=" + platform.getId()).get("items")))
                .containsExactly(publishedStep.getId());
        assertThat(api.get(viewer, "/api/v1/measures/" + draft.getId()).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.get(viewer, "/api/v1/events/" + draftStep.getId()).getResponse().getStatus()).isEqualTo(404);
        assertThat(ids(api.ok(usAnalyst, "/api/v1/events?platform=" + platform.getId()).get("items")))
                .containsExactlyInAnyOrder(draftStep.getId(), publishedStep.getId());
    }

    @Test
    void the_timelines_filters_narrow_the_events() {
        PolicyMeasure us = records.createMeasure(platform, "US");
        PolicyEvent january = records.addEvent(us, DAY, EventAction.IN_FORCE);
        PolicyEvent march = records.addEvent(us, DAY.plusMonths(2), EventAction.INJUNCTION);
        PolicyEvent india = records.addEvent(records.createMeasure(platform, "IN"), DAY, EventAction.IN_FORCE);
        String analyst = api.tokenOf("analyst");
        String events = "/api/v1/events?platform=" + platform.getId();

        assertThat(ids(api.ok(analyst, events + "&action=IN_FORCE")))
                .containsExactlyInAnyOrder(january.getId(), india.getId());
        assertThat(ids(api.ok(analyst, events + "&jurisdiction=US")))
                .containsExactlyInAnyOrder(january.getId(), march.getId());
        assertThat(ids(api.ok(analyst, events + "&from=1995-02-01&to=1995-12-31")))
                .containsExactly(march.getId());
        assertThat(ids(api.ok(analyst, events + "&sort=-date&limit=2")).getFirst()).isEqualTo(march.getId());
        assertThat(ids(api.ok(analyst, events + "&expected=true"))).isEmpty();
        assertThat(ids(api.ok(analyst, "/api/v1/measures?platform=" + platform.getId() + "&status=INJUNCTION")
                .get("items"))).containsExactly(us.getId());
    }

    @Test
    void event_pages_neither_skip_nor_repeat_while_events_are_added_between_them() {
        PolicyMeasure measure = records.publish(records.createMeasure(platform, "US"));
        List<Long> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            added.add(records.addEvent(measure, DAY.plusDays(i), EventAction.HEARING).getId());
        }
        String viewer = api.tokenOf("viewer");

        for (String sort : List.of("changed", "id")) {
            List<Long> expected = new ArrayList<>(added);
            List<Long> read = api.allIds(viewer, "/api/v1/events?platform=" + platform.getId() + "&limit=2&sort=" + sort,
                    page -> expected.add(records.addEvent(measure, DAY.plusDays(30), EventAction.RULING).getId()));
            assertThat(read).as(sort).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
            added.clear();
            added.addAll(expected);
        }
    }

    @Test
    void measure_pages_neither_skip_nor_repeat_while_measures_are_added_between_them() {
        String viewer = api.tokenOf("viewer");
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            published.add(records.publish(records.createMeasure(platform, "US")).getId());
        }

        for (String sort : List.of("changed", "id", "-title")) {
            List<Long> expected = new ArrayList<>(published);
            List<Long> read = api.allIds(viewer, "/api/v1/measures?platform=" + platform.getId() + "&limit=2&sort=" + sort,
                    page -> expected.add(records.publish(records.createMeasure(platform, "IN")).getId()));
            // Every measure there before the pull, once, in any order; in the orders new ones join at the end of, those
            // too (by title, one added meanwhile may fall on a page already read: it is in the next pull).
            assertThat(read).as(sort).doesNotHaveDuplicates().containsAll(published);
            if (!sort.equals("-title")) {
                assertThat(read).as(sort).containsExactlyElementsOf(expected);
            }
            published.clear();
            published.addAll(expected);
        }
    }

    @Test
    void changed_since_finds_the_events_of_a_measure_published_meanwhile_and_the_measure_of_a_new_step() {
        PolicyMeasure measure = records.createMeasure(platform, "US");
        PolicyEvent step = records.addEvent(measure, DAY, EventAction.ADOPTED);
        PolicyMeasure other = records.publish(records.createMeasure(platform, "US"));
        String viewer = api.tokenOf("viewer");
        Instant lastSync = Instant.now();

        records.publish(measure);
        PolicyEvent newStep = records.addEvent(other, DAY, EventAction.IN_FORCE);

        assertThat(ids(api.ok(viewer, "/api/v1/events?platform=" + platform.getId() + "&changedSince=" + lastSync)
                .get("items"))).containsExactlyInAnyOrder(step.getId(), newStep.getId());
        assertThat(ids(api.ok(viewer, "/api/v1/measures?platform=" + platform.getId() + "&changedSince=" + lastSync)
                .get("items"))).containsExactlyInAnyOrder(measure.getId(), other.getId());
    }

}
