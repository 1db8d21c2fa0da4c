package org.sovereigntywatch.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.security.Role;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The concerns' endpoints as a script reads them with a token: the screens' filters, cursor pages that neither skip
 * nor repeat while concerns are added, and what each role's token may see.
 */
class ConcernsApiTest extends ApiTest {

    private String list;

    @BeforeEach
    void theList() {
        list = "/api/v1/concerns?platform=" + platform.getId();
    }

    @Test
    void a_viewers_token_sees_published_concerns_only_and_an_analysts_also_the_drafts_they_cover() {
        Concern published = records.publish(records.create(records.newConcern(platform, "US", 2, 2)));
        Concern draftInUs = records.create(records.newConcern(platform, "US", 3, 3));
        Concern draftInIndia = records.create(records.newConcern(platform, "IN", 4, 4));
        String usAnalyst = records.userCovering(Role.ANALYST, "US");

        assertThat(ids(api.ok(api.tokenOf("viewer"), list))).containsExactly(published.getId());
        assertThat(ids(api.ok(api.tokenOf(usAnalyst), list)))
                .containsExactlyInAnyOrder(published.getId(), draftInUs.getId());
        assertThat(ids(api.ok(api.tokenOf("analyst"), list)))
                .containsExactlyInAnyOrder(published.getId(), draftInUs.getId(), draftInIndia.getId());
    }

    @Test
    void a_concern_the_token_may_not_see_is_not_found_like_one_that_does_not_exist() {
        Concern draft = records.create(records.newConcern(platform, "US", 3, 3));
        String viewer = api.tokenOf("viewer");

        JsonNode hidden = api.body(api.get(viewer, "/api/v1/concerns/" + draft.getId()));
        JsonNode missing = api.body(api.get(viewer, "/api/v1/concerns/999999999"));

        assertThat(hidden.get("status").asInt()).isEqualTo(404);
        assertThat(hidden.get("code").asString()).isEqualTo("not-found");
        assertThat(hidden.get("detail").asString()).isEqualTo("No concern " + draft.getId() + ".");
        assertThat(missing.get("detail").asString()).isEqualTo("No concern 999999999.");
        assertThat(api.ok(api.tokenOf("analyst"), "/api/v1/concerns/" + draft.getId()).get("title").asString())
                .isEqualTo(draft.getTitle());
    }

    @Test
    void one_concern_reads_as_it_is_listed() {
        Concern concern = records.publish(records.create(records.newConcern(platform, "US", 4, 5)));
        String viewer = api.tokenOf("viewer");

        JsonNode listed = api.ok(viewer, list).get("items").get(0);
        JsonNode alone = api.ok(viewer, "/api/v1/concerns/" + concern.getId());

        assertThat(alone).isEqualTo(listed);
        assertThat(alone.get("platform").asString()).isEqualTo(platform.getName());
        assertThat(alone.get("affectedJurisdiction").asString()).isEqualTo("US");
        assertThat(alone.get("accessingJurisdiction").asString()).isEqualTo("CN");
        assertThat(alone.get("score").asInt()).isEqualTo(20);
        assertThat(alone.get("level").asString()).isEqualTo("CRITICAL");
        assertThat(alone.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(Instant.parse(alone.get("modifiedAt").asString())).isNotNull();
    }

    @Test
    void the_screens_filters_narrow_the_list() {
        String analyst = api.tokenOf("analyst");
        Concern low = records.create(records.newConcern(platform, "US", 1, 2));
        Concern critical = records.publish(records.create(records.newConcern(platform, "IN", 5, 5)));

        assertThat(ids(api.ok(analyst, list + "&level=LOW"))).containsExactly(low.getId());
        assertThat(ids(api.ok(analyst, list + "&state=PUBLISHED"))).containsExactly(critical.getId());
        assertThat(ids(api.ok(analyst, list + "&state=DRAFT,IN_REVIEW"))).containsExactly(low.getId());
        assertThat(ids(api.ok(analyst, list + "&state=published&level=critical"))).as("coded values in any case")
                .containsExactly(critical.getId());
        assertThat(ids(api.ok(analyst, "/api/v1/concerns?platform=" + platform.getName().toLowerCase())))
                .as("a platform by its name, as a concern shows it").hasSize(2);
        assertThat(ids(api.ok(analyst, list + "&jurisdiction=in"))).containsExactly(critical.getId());
        assertThat(ids(api.ok(analyst, list + "&jurisdiction=US&jurisdiction=IN"))).hasSize(2);
        assertThat(ids(api.ok(analyst, list + "&jurisdiction=CN"))).hasSize(2);
        assertThat(ids(api.ok(analyst, list + "&q=" + critical.getTitle().substring(13)))).containsExactly(critical.getId());
        assertThat(ids(api.ok(analyst, "/api/v1/concerns?q=" + low.getTitle().substring(13)))).containsExactly(low.getId());
    }

    @Test
    void changed_since_gives_what_a_sync_has_not_seen() {
        String viewer = api.tokenOf("viewer");
        Concern before = records.publish(records.create(records.newConcern(platform, "US", 2, 2)));
        Instant lastSync = Instant.now();
        Concern after = records.publish(records.create(records.newConcern(platform, "US", 2, 3)));

        assertThat(ids(api.ok(viewer, list + "&changedSince=" + lastSync))).containsExactly(after.getId());
        assertThat(ids(api.ok(viewer, list))).containsExactly(before.getId(), after.getId());
    }

    @Test
    void pages_neither_skip_nor_repeat_a_concern_while_others_are_added_between_them() {
        String viewer = api.tokenOf("viewer");
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            published.add(records.publish(records.create(records.newConcern(platform, "US", 1 + i % 5, 2))).getId());
        }

        List<Long> read = api.allIds(viewer, list + "&limit=2", page -> published.add(
                records.publish(records.create(records.newConcern(platform, "US", 3, 3))).getId()));

        assertThat(read).doesNotHaveDuplicates().containsExactlyElementsOf(published);
    }

    @Test
    void every_order_pages_through_every_concern_once() {
        String viewer = api.tokenOf("viewer");
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            published.add(records.publish(records.create(records.newConcern(platform, "US", 1 + i % 3, 2))).getId());
        }
        for (String sort : List.of("changed", "-changed", "id", "-id", "score", "-score", "nextReview", "title", "-title")) {
            List<Long> read = api.allIds(viewer, list + "&limit=3&sort=" + sort, page -> { });
            assertThat(read).as(sort).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(published);
        }
        List<Long> byScoreDescending = api.allIds(viewer, list + "&limit=3&sort=-score", page -> { });
        List<Integer> scores = byScoreDescending.stream()
                .map(id -> api.ok(viewer, "/api/v1/concerns/" + id).get("score").asInt()).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> b - a);
    }

}
