package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTest {

    @Test
    void each_role_includes_the_ones_below_it_and_not_above() {
        assertThat(Role.ADMIN.includes(Role.VIEWER)).isTrue();
        assertThat(Role.REVIEWER.includes(Role.ANALYST)).isTrue();
        assertThat(Role.ANALYST.includes(Role.REVIEWER)).isFalse();
        assertThat(Role.VIEWER.includes(Role.VIEWER)).isTrue();
    }

    @Test
    void a_role_grants_its_own_authority_and_those_it_includes() {
        assertThat(Role.VIEWER.authorities()).extracting(Object::toString).containsExactly("ROLE_VIEWER");
        assertThat(Role.ADMIN.authorities()).extracting(Object::toString)
                .containsExactly("ROLE_VIEWER", "ROLE_ANALYST", "ROLE_REVIEWER", "ROLE_ADMIN");
    }
}
