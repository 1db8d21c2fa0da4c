package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UserSnapshotTest {

    private final UserSnapshot before = new UserSnapshot("Ana Analyst", "none", Role.ANALYST, true, Set.of("US"));

    @Test
    void a_change_reads_before_and_after_for_each_value_that_changed() {
        UserSnapshot after = new UserSnapshot("Ana Analyst", "none", Role.REVIEWER, false, Set.of("US", "CA"));

        assertThat(before.changesTo(after))
                .isEqualTo("role ANALYST → REVIEWER; can sign in yes → no; jurisdictions US → CA, US");
    }

    @Test
    void a_new_user_reads_role_sign_in_and_jurisdictions() {
        assertThat(new UserSnapshot("Nina", "none", Role.ANALYST, true, Set.of("NP", "IN")).inWords())
                .isEqualTo("role ANALYST; can sign in yes; jurisdictions IN, NP");
    }

    @Test
    void no_jurisdiction_reads_all_and_nothing_changed_reads_nothing() {
        UserSnapshot renamed = new UserSnapshot("Ana B.", "ana@example.org", Role.ANALYST, true, Set.of());

        assertThat(before.changesTo(renamed))
                .isEqualTo("name Ana Analyst → Ana B.; e-mail none → ana@example.org; jurisdictions US → all");
        assertThat(before.changesTo(before)).isEmpty();
    }
}
