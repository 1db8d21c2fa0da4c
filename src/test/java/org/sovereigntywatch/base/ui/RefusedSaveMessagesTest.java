package org.sovereigntywatch.base.ui;

import org.sovereigntywatch.base.RefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the user is told when the database refuses a save: a value it cannot store (PostgreSQL's "invalid byte
 * sequence" for a NUL, SQLSTATE 22021; a value too long, 22001) is not a clash with someone else's change, and only a
 * taken name or a removed reference is.
 */
class RefusedSaveMessagesTest {

    @Test
    void a_value_the_database_cannot_store_is_not_called_a_clash_with_something_saved_meanwhile() {
        for (String dataError : new String[] {"22021", "22001", "22008", "23514", "23502"}) {
            String message = SaveFailure.refusedByDatabase(refused(dataError));

            assertThat(message).as(dataError).doesNotContain("clashes").doesNotContain("someone else")
                    .startsWith("Not saved: the database cannot store a value of this form")
                    .containsPattern("report reference [0-9a-f]{8}\\.$");
        }
    }

    @Test
    void a_name_taken_or_a_reference_removed_meanwhile_is_a_clash() {
        for (String clash : new String[] {"23505", "23503", "23506"}) {
            assertThat(SaveFailure.refusedByDatabase(refused(clash))).as(clash).isEqualTo(Translations.text("save.clash"));
        }
    }

    @Test
    void the_error_handler_tells_a_data_error_from_an_unexpected_one_under_vaadins_wrappers() {
        RuntimeException wrapped = new RuntimeException("Vaadin's wrapper", refused("22021"));

        assertThat(FriendlyErrorHandler.messageFor(wrapped))
                .startsWith("Not saved: the database cannot store a value of this form");
    }

    private static DataIntegrityViolationException refused(String sqlState) {
        return new DataIntegrityViolationException("could not execute statement",
                new RuntimeException("Hibernate's wrapper", new SQLException("refused", sqlState)));
    }

    @Test
    void a_role_refused_by_a_method_guard_is_explained_not_quoted() {
        var guard = new org.springframework.security.authorization.AuthorizationDeniedException("Access Denied");
        assertThat(FriendlyErrorHandler.messageFor(guard)).doesNotContain("Access Denied")
                .contains("Your role does not allow it", "reload the page");
        var scope = new RefusedException("security.scope.not-covered", "CA");
        assertThat(FriendlyErrorHandler.messageFor(scope)).endsWith("You do not cover the jurisdiction CA.");
    }
}
