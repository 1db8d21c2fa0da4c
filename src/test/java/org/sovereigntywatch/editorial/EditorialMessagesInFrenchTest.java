package org.sovereigntywatch.editorial;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.RefusedException;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.base.UserTexts;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovereigntywatch.base.UserTexts.french;
import static org.sovereigntywatch.editorial.PublicationState.ARCHIVED;
import static org.sovereigntywatch.editorial.PublicationState.DRAFT;
import static org.sovereigntywatch.editorial.PublicationState.IN_REVIEW;
import static org.sovereigntywatch.editorial.PublicationState.PUBLISHED;

/**
 * The workflow's refusals and errors are texts, not English sentences: a French reader gets them in French, the states
 * named by the labels their badges show.
 */
@IntegrationTest
class EditorialMessagesInFrenchTest {

    @Autowired ConcernService concerns;
    @Autowired List<PublishableService<?>> services;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    private Platform platform;
    private Concern draft;

    @BeforeEach
    void aDraftOfTheDemoAnalyst() {
        platform = records.newPlatform();
        draft = records.create(records.newConcern(platform, "US", 2, 2));
    }

    @Test
    void a_move_the_workflow_does_not_allow_names_both_states_by_their_labels_in_french() {
        assertThatThrownBy(() -> move("reviewer", draft, PUBLISHED, null))
                .isInstanceOf(WorkflowException.class).extracting(UserTexts::frenchMessage)
                .isEqualTo("Un élément à l’état « Brouillon » ne peut pas passer à « Publié ».");
        assertThatThrownBy(() -> draft.moveTo(PUBLISHED))
                .isInstanceOf(WorkflowException.class).extracting(UserTexts::englishMessage)
                .isEqualTo("An item in the state “Draft” cannot move to “Published”.");
    }

    @Test
    void a_role_or_a_scope_that_does_not_allow_it_is_refused_in_french() {
        Concern submitted = move("analyst", draft, IN_REVIEW, null);

        assertThatThrownBy(() -> move("analyst", submitted, PUBLISHED, null))
                .isInstanceOf(RefusedException.class).extracting(UserTexts::frenchMessage)
                .isEqualTo("Seuls les relecteurs et les administrateurs font passer un élément à l’état « Publié ».");
        Concern copy = as("analyst", () -> concerns.get(draft.getId()));
        copy.setTitle("Modifié en relecture");
        assertThatThrownBy(() -> as("analyst", () -> concerns.update(copy)))
                .isInstanceOf(RefusedException.class).extracting(UserTexts::frenchMessage)
                .isEqualTo("Seuls les relecteurs et les administrateurs modifient les éléments à l’état "
                        + "« En relecture ».");
        assertThatThrownBy(() -> as("reviewer", () -> {
            concerns.delete(submitted.getId(), submitted.getVersion());
            return null;
        })).isInstanceOf(WorkflowException.class).extracting(UserTexts::frenchMessage)
                .isEqualTo("Seuls les brouillons peuvent être supprimés ; un élément à l’état « En relecture » peut "
                        + "être archivé à la place.");
        String indianAnalyst = records.userCovering(Role.ANALYST, "IN");
        assertThatThrownBy(() -> as(indianAnalyst, () -> concerns.get(draft.getId())))
                .isInstanceOf(RefusedException.class).extracting(UserTexts::frenchMessage)
                .isEqualTo("Seuls les éléments publiés vous sont visibles ici.");
    }

    @Test
    void a_missing_or_unfit_comment_is_refused_in_french_with_the_number_written_the_french_way() {
        Concern submitted = move("analyst", draft, IN_REVIEW, null);

        assertThatThrownBy(() -> move("reviewer", submitted, DRAFT, " "))
                .isInstanceOf(FieldErrorException.class).extracting(UserTexts::frenchMessage)
                .isEqualTo("Dites pourquoi l’élément repasse en brouillon : l’analyste lira ce commentaire.");
        assertThatThrownBy(() -> as("analyst", () -> concerns.comment(draft.getId(), "x".repeat(2001))))
                .isInstanceOf(FieldErrorException.class).extracting(UserTexts::frenchMessage)
                .isEqualTo("Un commentaire compte au plus 2\u202F000 caractères");
        assertThatThrownBy(() -> as("analyst", () -> concerns.comment(draft.getId(), "Bip\u0007")))
                .isInstanceOf(FieldErrorException.class).extracting(UserTexts::frenchMessage)
                .isEqualTo("Supprimez le caractère de contrôle invisible U+0007 (caractère n° 4) : il ne peut pas "
                        + "être enregistré");
        assertThatThrownBy(() -> as("analyst", () -> concerns.comment(draft.getId(), "  ")))
                .isInstanceOf(FieldErrorException.class).extracting(UserTexts::frenchMessage)
                .isEqualTo("Écrivez d’abord un commentaire");
    }

    @Test
    void bulk_refusals_and_the_bulk_limit_read_in_french() {
        as("reviewer", () -> concerns.moveAll(List.of(draft.getId()), ARCHIVED, "Doublon."));

        BulkResult again = as("reviewer", () -> concerns.moveAll(List.of(draft.getId()), ARCHIVED, null));
        BulkResult published = as("reviewer", () -> concerns.moveAll(List.of(draft.getId()), PUBLISHED, null));

        assertThat(again.refused()).extracting(refused -> french(refused.reason()))
                .containsExactly("Déjà à l’état « Archivé ».");
        assertThat(published.refused()).extracting(refused -> french(refused.reason()))
                .containsExactly("Un élément à l’état « Archivé » ne peut pas passer à « Publié ».");
        List<Long> tooMany = LongStream.rangeClosed(1, PublishableService.BULK_MAX + 1).boxed().toList();
        assertThatThrownBy(() -> as("reviewer", () -> concerns.moveAll(tooMany, ARCHIVED, "Ménage")))
                .isInstanceOf(WorkflowException.class).extracting(UserTexts::frenchMessage)
                .isEqualTo("Une action groupée porte au plus sur 10\u202F000 préoccupations à la fois : affinez le "
                        + "filtre, puis traitez chaque partie.");
    }

    @Test
    void every_publishable_kind_has_its_nouns_in_english_and_in_french() {
        assertThat(services).isNotEmpty();
        for (PublishableService<?> service : services) {
            String kind = as("viewer", service::kind);
            for (Locale locale : List.of(Locale.UK, Locale.FRANCE)) {
                assertThat(List.of(Texts.format(locale, PublishableService.kindNoun(kind)),
                        Texts.format(locale, PublishableService.kindPlural(kind)),
                        Texts.format(locale, "editorial.kind." + kind + ".new")))
                        .as("%s in %s", kind, locale).noneMatch(text -> text.startsWith(Texts.MISSING));
            }
        }
        assertThat(Texts.format(Locale.FRANCE, "editorial.kind.measure.new")).isEqualTo("Nouvelle mesure");
    }

    private Concern move(String username, Concern concern, PublicationState target, String comment) {
        return as(username, () -> concerns.move(concern.getId(), concern.getVersion(), target, comment));
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }
}
