package org.sovereigntywatch.importing;

import org.sovereigntywatch.base.NewItemValidator;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.sovereigntywatch.importing.ImportField.optional;
import static org.sovereigntywatch.importing.ImportField.required;

/**
 * Platforms, one per row, by admins: a name, other names it goes by (joined with {@code |}), its operator and home
 * jurisdiction. A platform is the same as a recorded one named so, or going by that name, ignoring case.
 */
@Component
class PlatformImporter extends KindImporter {

    static final String KIND = "platform";

    private static final List<ImportField> FIELDS = List.of(
            required("name", "platform", "plateforme", "app", "application", "nom"),
            optional("aliases", "alias", "other names", "autres noms", "also known as", "aka"),
            optional("operator_company", "operator", "company", "operateur", "societe", "editeur"),
            optional("home_jurisdiction", "home", "country", "pays", "headquarters", "siege"));

    private static final Set<String> NOT_IMPORTED = Set.of("id");

    private static final Map<String, String> COLUMNS = Map.of("name", "name", "aliases", "aliases",
            "operatorCompany", "operator_company", "homeJurisdiction", "home_jurisdiction");

    private final PlatformService platforms;
    private final NewItemValidator validator;

    PlatformImporter(PlatformService platforms, NewItemValidator validator) {
        super(ImportKind.PLATFORMS, FIELDS, NOT_IMPORTED);
        this.platforms = platforms;
        this.validator = validator;
    }

    @Override
    RowOutcome read(ImportRow row, ImportPass pass) {
        Platform platform = new Platform(row.text("name"));
        Set<String> aliases = new LinkedHashSet<>(row.values("aliases"));
        platform.setAliases(aliases);
        platform.setOperatorCompany(row.optionalText("operator_company"));
        Jurisdiction home = pass.references().jurisdiction(row, "home_jurisdiction");
        platform.setHomeJurisdiction(home);
        row.refusals(validator.validate(platform), COLUMNS);
        if (row.hasProblems()
                || pass.isRepeat(row, "import.row.repeat.platform", ImportField.key(platform.getName()))) {
            return RowOutcome.ERROR;
        }
        Platform recorded = pass.references().platform(platform.getName()).orElse(null);
        if (recorded != null) {
            if (recorded.getAliases().containsAll(aliases)) {
                return RowOutcome.UNCHANGED;
            }
            row.notice("import.notice.platform", recorded.getName(), String.join(", ", recorded.getAliases()));
            return RowOutcome.MATCHED;
        }
        if (pass.writes()) {
            pass.broughtIn(KIND, platforms.save(platform).getId());
        }
        return RowOutcome.NEW;
    }
}
