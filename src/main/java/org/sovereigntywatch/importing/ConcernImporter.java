package org.sovereigntywatch.importing;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.NewItemValidator;
import org.sovereigntywatch.base.TitleKey;
import org.sovereigntywatch.concern.ClaimStatus;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernCategory;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.Confidence;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.concern.TreatmentStatus;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.UserService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import static java.util.Map.entry;
import static org.sovereigntywatch.importing.ImportField.choice;
import static org.sovereigntywatch.importing.ImportField.optional;
import static org.sovereigntywatch.importing.ImportField.required;

/**
 * Concerns, one per row, in the concern register CSV's columns. A concern is the same as a recorded one about the same
 * platform and jurisdictions titled the same but for case and spaces (the concern form's duplicate warning). A new one
 * is owned by the importer unless the row names its owner; an empty next review is set from its level, as by hand.
 */
@Component
class ConcernImporter extends KindImporter {

    private static final List<ImportField> FIELDS = List.of(
            required("title", "titre", "concern", "risk", "risque", "name", "nom"),
            required("platform", "plateforme", "app", "application", "service"),
            required("affected_jurisdiction", "affected", "users", "jurisdiction",
                    "juridiction", "country", "pays", "juridiction concernee", "utilisateurs"),
            required("accessing_jurisdiction", "accessing", "law", "loi",
                    "foreign law", "loi etrangere", "juridiction accedante"),
            choice("category", false, ConcernCategory.class, "categorie", "type"),
            optional("description", "details", "detail"),
            optional("platform_claim", "claim", "affirmation", "what the platform says"),
            choice("claim_status", false, ClaimStatus.class, "verification", "verified", "verifie"),
            optional("likelihood", "probabilite", "probability", "vraisemblance"),
            optional("impact", "gravite", "severity", "severite"),
            choice("confidence", false, Confidence.class, "confiance"),
            choice("treatment_status", false, TreatmentStatus.class, "treatment", "traitement", "status",
                    "statut"),
            optional("owner", "responsable", "proprietaire", "assigned to", "assignee"),
            optional("next_review", "review date", "prochaine revue", "revue", "review"),
            optional("sources", "source", "citation", "citations", "url", "urls", "link", "links",
                    "lien", "liens", "reference", "references"));

    private static final Set<String> NOT_IMPORTED = Set.of("id", "score", "level", "review_overdue", "state",
            "created_by", "created_at", "modified_by", "modified_at");

    private static final Map<String, String> COLUMNS = Map.ofEntries(entry("title", "title"),
            entry("platform", "platform"), entry("affectedJurisdiction", "affected_jurisdiction"),
            entry("accessingJurisdiction", "accessing_jurisdiction"), entry("category", "category"),
            entry("description", "description"), entry("platformClaim", "platform_claim"),
            entry("claimStatus", "claim_status"), entry("likelihood", "likelihood"), entry("impact", "impact"),
            entry("confidence", "confidence"), entry("treatmentStatus", "treatment_status"), entry("owner", "owner"),
            entry("nextReview", "next_review"), entry("sources", "sources"));

    private final ConcernService concerns;
    private final UserService users;
    private final EditorialPolicy policy;
    private final NewItemValidator validator;

    ConcernImporter(ConcernService concerns, UserService users, EditorialPolicy policy, NewItemValidator validator) {
        super(ImportKind.CONCERNS, FIELDS, NOT_IMPORTED);
        this.concerns = concerns;
        this.users = users;
        this.policy = policy;
        this.validator = validator;
    }

    /** The importer, who owns the concerns whose rows name no owner. */
    private record Importer(AppUser user) {
    }

    /** The concerns the chunk's rows bring, to write at its end. */
    private static final class Pending extends ArrayList<Concern> {
    }

    @Override
    void prefetch(List<ImportRow> rows, ImportPass pass) {
        pass.sources().prefetch(rows, "sources");
    }

    @Override
    void write(ImportPass pass) {
        Pending pending = pass.shared(Pending.class, Pending::new);
        if (!pending.isEmpty()) {
            concerns.createAll(List.copyOf(pending)).forEach(concern -> pass.broughtIn(concerns.kind(),
                    concern.getId()));
            pending.clear();
        }
    }

    @Override
    RowOutcome read(ImportRow row, ImportPass pass) {
        References references = pass.references();
        Concern concern = new Concern(row.text("title"));
        Platform platform = references.platform(row, "platform");
        Jurisdiction affected = references.jurisdiction(row, "affected_jurisdiction");
        Jurisdiction accessing = references.jurisdiction(row, "accessing_jurisdiction");
        concern.setPlatform(platform);
        concern.setAffectedJurisdiction(affected);
        concern.setAccessingJurisdiction(accessing);
        set(row.choice("category", ConcernCategory.class), concern::setCategory);
        concern.setDescription(row.optionalText("description"));
        concern.setPlatformClaim(row.optionalText("platform_claim"));
        set(row.choice("claim_status", ClaimStatus.class), concern::setClaimStatus);
        set(row.number("likelihood", RiskLevel.MIN_RATING, RiskLevel.MAX_RATING), concern::setLikelihood);
        set(row.number("impact", RiskLevel.MIN_RATING, RiskLevel.MAX_RATING), concern::setImpact);
        set(row.choice("confidence", Confidence.class), concern::setConfidence);
        set(row.choice("treatment_status", TreatmentStatus.class), concern::setTreatmentStatus);
        AppUser owner = references.person(row, "owner");
        concern.setOwner(owner != null ? owner : pass.shared(Importer.class, () -> new Importer(users.current())).user());
        concern.setNextReview(row.day("next_review"));
        concern.setSources(pass.sources().read(row, "sources"));
        if (affected != null && !policy.mayCreate(affected.getCode())) {
            row.problem("affected_jurisdiction", "import.row.concern.not-covered", affected.getCode());
        }
        row.refusals(validator.validate(concern), COLUMNS);
        if (row.hasProblems() || platform == null || affected == null || accessing == null) {
            return RowOutcome.ERROR;
        }
        if (pass.isRepeat(row, "import.row.repeat.concern", platform.getId() + "\n"
                + affected.getCode() + "\n" + accessing.getCode() + "\n" + TitleKey.of(concern.getTitle()))) {
            return RowOutcome.ERROR;
        }
        Concern recorded = concerns.likelyDuplicates(Objects.requireNonNull(platform.getId()), affected.getCode(),
                accessing.getCode(), concern.getTitle(), null).stream().findFirst().orElse(null);
        if (recorded != null) {
            return compare(row, concern, recorded);
        }
        if (pass.writes()) {
            pass.sources().cite(concern.getSources());
            pass.shared(Pending.class, Pending::new).add(concern);
        }
        return RowOutcome.NEW;
    }

    private static <T> void set(@Nullable T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    /** A recorded concern is left as it is; the fields the row gives otherwise are noted. */
    private static RowOutcome compare(ImportRow row, Concern given, Concern recorded) {
        List<String> differing = Map.<String, Function<Concern, ?>>ofEntries(
                        entry("category", Concern::getCategory), entry("description", Concern::getDescription),
                        entry("platform_claim", Concern::getPlatformClaim),
                        entry("claim_status", Concern::getClaimStatus), entry("likelihood", Concern::getLikelihood),
                        entry("impact", Concern::getImpact), entry("confidence", Concern::getConfidence),
                        entry("treatment_status", Concern::getTreatmentStatus),
                        entry("next_review", Concern::getNextReview),
                        entry("owner", concern -> Objects.requireNonNull(concern.getOwner()).getId()),
                        entry("sources", concern -> EventImporter.citations(concern.getSources())))
                .entrySet().stream()
                .filter(field -> row.has(field.getKey()))
                .filter(field -> !Objects.equals(field.getValue().apply(given), field.getValue().apply(recorded)))
                .map(Map.Entry::getKey).sorted().toList();
        if (differing.isEmpty()) {
            return RowOutcome.UNCHANGED;
        }
        row.notice("import.notice.concern", String.valueOf(recorded.getId()), String.join(", ", differing));
        return RowOutcome.MATCHED;
    }
}
