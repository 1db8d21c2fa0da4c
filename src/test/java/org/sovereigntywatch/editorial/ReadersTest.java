package org.sovereigntywatch.editorial;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL form of who may see an item and who covers its jurisdiction ({@link Readers}) agrees with the policy
 * ({@link EditorialPolicy}) for users of every role and scope, items of every state, in countries and subdivisions.
 */
@IntegrationTest
class ReadersTest {

    @Autowired TestRecords records;
    @Autowired RunAs runAs;
    @Autowired EditorialPolicy policy;
    @Autowired JdbcClient jdbc;

    @Test
    void the_sql_readers_of_an_item_are_those_the_policy_lets_see_it() {
        List<String> users = List.of("viewer", "analyst", "reviewer", "admin",
                records.userCovering(Role.ANALYST, "US"), records.userCovering(Role.ANALYST, "CA"),
                records.userCovering(Role.REVIEWER, "US-MT"), records.userCovering(Role.REVIEWER, "IN", "US"),
                records.userCovering(Role.VIEWER, "US"));
        for (String user : users) {
            runAs.user(user, () -> {
                for (PublicationState state : PublicationState.values()) {
                    for (String scope : List.of("US", "US-MT", "CA", "IN", "CN")) {
                        assertThat(sqlSays(Readers.maySee("u", "state", "scope"), user, state, scope))
                                .as("%s sees a %s item of %s", user, state, scope)
                                .isEqualTo(policy.maySee(state, scope));
                    }
                }
                for (String scope : List.of("US", "US-MT", "CA", "IN", "CN")) {
                    assertThat(sqlSays(Readers.coveringWithRole("u", Role.REVIEWER, "scope"), user,
                            PublicationState.IN_REVIEW, scope))
                            .as("%s reviews %s", user, scope)
                            .isEqualTo(policy.mayMove(PublicationState.IN_REVIEW, PublicationState.PUBLISHED, scope));
                }
                return null;
            });
        }
    }

    private boolean sqlSays(String condition, String username, PublicationState state, String scope) {
        return jdbc.sql("select count(*) from app_user u where u.username = :username and " + condition)
                .param("username", username).param("state", state.name()).param("scope", scope)
                .query(Long.class).single() == 1;
    }
}
