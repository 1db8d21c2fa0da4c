package org.sovereigntywatch.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.base.RefusedException;
import org.sovereigntywatch.base.TaskProgress;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may import what: analysts and up, within the jurisdictions they cover; platforms and jurisdictions by admins
 * only. And the reference lists themselves, imported by an admin, twice.
 */
@IntegrationTest
class ImportScopeTest {

    @Autowired ImportService imports;
    @Autowired JurisdictionService jurisdictions;
    @Autowired PlatformService platforms;
    @Autowired SourceService sources;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;
    @TempDir Path folder;

    private ImportFile concerns(String affected) {
        return new ImportFile(ImportKind.CONCERNS, ImportFiles.csv(folder,
                "title,platform,affected_jurisdiction,accessing_jurisdiction,sources",
                "Scoped " + UUID.randomUUID() + ",TikTok," + affected + ",CN,https://viralmag.fr/?p=64330"), "c.csv");
    }

    private ColumnMapping mapping(String user, ImportFile file) {
        return as(user, () -> imports.guess(file.kind(), List.of("title", "platform", "affected_jurisdiction",
                "accessing_jurisdiction", "sources")));
    }

    @Test
    void an_analyst_outside_the_rows_jurisdiction_is_told_per_row_and_nothing_is_written() {
        String canadian = records.userCovering(Role.ANALYST, "CA");
        ImportFile file = concerns("US");

        ImportResult checked = as(canadian, () -> imports.check(file, mapping(canadian, file), TaskProgress.NONE));
        ImportResult committed = as(canadian, () -> imports.commit(file, mapping(canadian, file), true,
                TaskProgress.NONE));

        assertThat(checked.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("affected_jurisdiction");
            assertThat(Texts.format(Locale.UK, problem.message())).isEqualTo("You do not cover US: only analysts "
                    + "covering it may record its concerns.");
            assertThat(Texts.format(Locale.FRANCE, problem.message())).isEqualTo("Vous ne couvrez pas US : seuls les "
                    + "analystes qui la couvrent peuvent y enregistrer des préoccupations.");
        });
        assertThat(committed.rowsNew()).isZero();
    }

    @Test
    void a_viewer_may_not_import_at_all() {
        ImportFile file = concerns("US");
        ColumnMapping mapping = mapping("analyst", file);

        assertThatThrownBy(() -> as("viewer", () -> imports.check(file, mapping, TaskProgress.NONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("viewer", () -> imports.commit(file, mapping, false, TaskProgress.NONE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_admins_import_platforms_and_jurisdictions_and_only_they_are_offered_those_kinds() {
        ImportFile file = new ImportFile(ImportKind.PLATFORMS, ImportFiles.csv(folder, "name", "Nope"), "p.csv");
        ColumnMapping mapping = new ColumnMapping(List.of("name"), List.of("name"));

        assertThat(as("analyst", imports::kinds)).doesNotContain(ImportKind.PLATFORMS, ImportKind.JURISDICTIONS);
        assertThat(as("admin", imports::kinds)).contains(ImportKind.PLATFORMS, ImportKind.JURISDICTIONS);
        assertThatThrownBy(() -> as("reviewer", () -> imports.check(file, mapping, TaskProgress.NONE)))
                .isInstanceOfSatisfying(RefusedException.class, refused -> {
                    assertThat(Texts.format(Locale.UK, refused.text())).isEqualTo("‘Platforms’: only admins import "
                            + "these.");
                    assertThat(Texts.format(Locale.FRANCE, refused.text())).isEqualTo("« Plateformes » : seuls les "
                            + "administrateurs importent ces éléments.");
                });
    }

    @Test
    void an_admin_imports_platforms_with_their_other_names_and_a_second_time_nothing_is_added() {
        String name = "Imported app " + UUID.randomUUID();
        ImportFile file = new ImportFile(ImportKind.PLATFORMS, ImportFiles.csv(folder,
                "Platform,Also known as,Operator,Country",
                name + "," + name + " Lite|" + name + " Pro,Example Ltd,Chine"), "platforms.csv");
        ColumnMapping mapping = as("admin", () -> imports.guess(ImportKind.PLATFORMS,
                List.of("Platform", "Also known as", "Operator", "Country")));

        ImportResult first = as("admin", () -> imports.commit(file, mapping, false, TaskProgress.NONE));
        ImportResult second = as("admin", () -> imports.commit(file, mapping, false, TaskProgress.NONE));

        assertThat(first.rowsNew()).isEqualTo(1);
        assertThat(second.rowsUnchanged()).isEqualTo(1);
        var platform = as("admin", () -> platforms.findByName(name)).orElseThrow();
        assertThat(platform.getAliases()).containsExactlyInAnyOrder(name + " Lite", name + " Pro");
        assertThat(platform.getHomeJurisdiction().getCode()).isEqualTo("CN");
    }

    @Test
    void an_admin_imports_a_subnational_jurisdiction_under_the_country_its_code_starts_with() {
        String code = "US-" + (char) ('A' + (int) (Math.random() * 26)) + (char) ('A' + (int) (Math.random() * 26))
                + (char) ('0' + (int) (Math.random() * 10));
        ImportFile file = new ImportFile(ImportKind.JURISDICTIONS, ImportFiles.csv(folder, "code,name",
                code + ",Imported state", "XX-YY,Nowhere", "US,Not a region"), "regions.csv");
        ColumnMapping mapping = as("admin", () -> imports.guess(ImportKind.JURISDICTIONS, List.of("code", "name")));

        ImportResult result = as("admin", () -> imports.commit(file, mapping, true, TaskProgress.NONE));

        assertThat(result.rowsNew()).isEqualTo(1);
        assertThat(result.problems()).extracting(problem -> Texts.format(Locale.UK, problem.message()))
                .containsExactly("XX is not a known country.", "‘US’ is not an ISO 3166-2 code, such as US-MT.");
        assertThat(as("admin", () -> jurisdictions.findByCode(code)).orElseThrow().getParent().getCode())
                .isEqualTo("US");
    }

    @Test
    void sources_are_imported_as_addresses_or_citations_and_matched_the_second_time() {
        String title = "Executive Order " + UUID.randomUUID();
        String address = "https://example.org/source-" + UUID.randomUUID();
        ImportFile file = new ImportFile(ImportKind.SOURCES, ImportFiles.csv(folder,
                "Titre,Lien,Éditeur,Date de publication,Langue",
                title + ",,The White House,2020-08-06,en",
                "An article," + address + ",Example news,2020-09-18,fr",
                "A script,javascript:alert(1),Evil,,"), "sources.csv");
        ColumnMapping mapping = as("analyst", () -> imports.guess(ImportKind.SOURCES,
                List.of("Titre", "Lien", "Éditeur", "Date de publication", "Langue")));

        ImportResult first = as("analyst", () -> imports.commit(file, mapping, true, TaskProgress.NONE));
        ImportResult second = as("analyst", () -> imports.check(file, mapping, TaskProgress.NONE));

        assertThat(first.rowsNew()).isEqualTo(2);
        assertThat(first.skippedLines()).containsExactly(4L);
        assertThat(second.rowsUnchanged()).isEqualTo(2);
        assertThat(as("analyst", () -> sources.findByCitation("The White House", title))).isPresent();
        assertThat(as("analyst", () -> sources.findByUrl(address))).hasValueSatisfying(source ->
                assertThat(source.getLanguage()).isEqualTo("fr"));
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }
}
