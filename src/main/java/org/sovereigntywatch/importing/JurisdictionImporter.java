package org.sovereigntywatch.importing;

import org.sovereigntywatch.base.NewItemValidator;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.JurisdictionService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.sovereigntywatch.importing.ImportField.optional;
import static org.sovereigntywatch.importing.ImportField.required;

/**
 * Subnational jurisdictions (states, provinces, regions), one per row, by admins: an ISO 3166-2 code and a name; the
 * parent is the country the code starts with. Countries come with the application and are not imported. A
 * jurisdiction is the same as a recorded one with its code.
 */
@Component
class JurisdictionImporter extends KindImporter {

    static final String KIND = "jurisdiction";

    private static final List<ImportField> FIELDS = List.of(
            required("code", "iso code", "code iso", "iso 3166-2", "subdivision code"),
            required("name", "nom", "jurisdiction", "juridiction", "state", "etat", "region", "province"),
            optional("parent", "country", "pays", "parent code"));

    private static final Set<String> NOT_IMPORTED = Set.of("id", "level");

    private final JurisdictionService jurisdictions;
    private final NewItemValidator validator;

    JurisdictionImporter(JurisdictionService jurisdictions, NewItemValidator validator) {
        super(ImportKind.JURISDICTIONS, FIELDS, NOT_IMPORTED);
        this.jurisdictions = jurisdictions;
        this.validator = validator;
    }

    @Override
    RowOutcome read(ImportRow row, ImportPass pass) {
        String code = row.text("code").toUpperCase(Locale.ROOT);
        JurisdictionLevel level = JurisdictionLevel.SUBNATIONAL;
        if (!row.has("code")) {
            row.problem("code", "import.row.jurisdiction.code-missing");
            return RowOutcome.ERROR;
        }
        if (!level.accepts(code)) {
            row.problem("code", "import.row.jurisdiction.code-format", code);
            return RowOutcome.ERROR;
        }
        String countryCode = code.substring(0, code.indexOf('-'));
        Jurisdiction parent = pass.references().jurisdiction(countryCode).orElse(null);
        if (row.has("parent")) {
            Jurisdiction named = pass.references().jurisdiction(row, "parent");
            if (named != null && named != parent) {
                row.problem("parent", "import.row.jurisdiction.parent", countryCode);
            }
        }
        if (parent == null || parent.getLevel() != JurisdictionLevel.NATIONAL) {
            row.problem("code", "import.row.jurisdiction.no-country", countryCode);
            return RowOutcome.ERROR;
        }
        Jurisdiction jurisdiction = new Jurisdiction(code, row.text("name"), level);
        jurisdiction.setParent(parent);
        row.refusals(validator.validate(jurisdiction), Map.of("code", "code", "name", "name"));
        if (row.hasProblems() || pass.isRepeat(row, "import.row.repeat.jurisdiction", code)) {
            return RowOutcome.ERROR;
        }
        Jurisdiction recorded = pass.references().jurisdiction(code).filter(j -> j.getCode().equals(code))
                .orElse(null);
        if (recorded != null) {
            if (ImportField.key(recorded.getName()).equals(ImportField.key(jurisdiction.getName()))) {
                return RowOutcome.UNCHANGED;
            }
            row.notice("import.notice.jurisdiction", code, recorded.getName());
            return RowOutcome.MATCHED;
        }
        if (pass.writes()) {
            pass.broughtIn(KIND, jurisdictions.save(jurisdiction).getId());
        }
        return RowOutcome.NEW;
    }
}
