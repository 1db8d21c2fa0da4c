package org.sovereigntywatch.reference;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.Texts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.ReflectionTestUtils;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithUserDetails("admin")
class JurisdictionServiceTest {

    @Autowired JurisdictionService jurisdictions;
    @Autowired IsoCountrySeeder seeder;

    @Test
    void every_iso_country_and_the_eu_are_seeded_from_the_jdk() {
        long nationals = jurisdictions.count(new JurisdictionFilter("", JurisdictionLevel.NATIONAL));
        assertThat(nationals).isEqualTo(Locale.getISOCountries().length);
        assertThat(jurisdictions.findByCode("FR").orElseThrow().getName()).isEqualTo("France");
        assertThat(jurisdictions.findByCode("EU").orElseThrow().getLevel()).isEqualTo(JurisdictionLevel.SUPRANATIONAL);
    }

    @Test
    void seeding_again_adds_nothing() {
        long before = jurisdictions.count(JurisdictionFilter.ALL);
        seeder.run(null);
        assertThat(jurisdictions.count(JurisdictionFilter.ALL)).isEqualTo(before);
    }

    @Test
    void the_filter_matches_code_or_name_and_level_and_sorts_in_the_database() {
        var page = PageRequest.of(0, 5, Sort.by("code"));
        assertThat(jurisdictions.list(new JurisdictionFilter("nepal", null), page))
                .extracting(Jurisdiction::getCode).containsExactly("NP");
        assertThat(jurisdictions.list(new JurisdictionFilter("EU", JurisdictionLevel.SUPRANATIONAL), page))
                .extracting(Jurisdiction::getCode).containsExactly("EU");
        assertThat(jurisdictions.list(new JurisdictionFilter("", JurisdictionLevel.NATIONAL), page))
                .extracting(Jurisdiction::getCode).containsExactly("AD", "AE", "AF", "AG", "AI");
    }

    @Test
    void an_admin_adds_a_state_under_its_country() {
        Jurisdiction wyoming = new Jurisdiction("US-WY", "Wyoming", JurisdictionLevel.SUBNATIONAL);
        wyoming.setParent(jurisdictions.findByCode("US").orElseThrow());
        jurisdictions.save(wyoming);
        assertThat(jurisdictions.findByCode("US-WY").orElseThrow().getParent().getCode()).isEqualTo("US");
    }

    @Test
    void a_region_must_sit_under_the_country_its_code_starts_with() {
        Jurisdiction quebec = new Jurisdiction("CA-QC", "Québec", JurisdictionLevel.SUBNATIONAL);
        quebec.setParent(jurisdictions.findByCode("FR").orElseThrow());
        assertThatThrownBy(() -> jurisdictions.save(quebec))
                .isInstanceOfSatisfying(FieldErrorException.class,
                        error -> assertThat(error.getProperty()).isEqualTo("parent"));
    }

    @Test
    void a_parent_whose_code_was_forged_in_memory_is_judged_by_its_stored_row() {
        // The parent decides who covers the region: France's row, claiming to be Canada, must not become Québec's parent.
        Jurisdiction france = jurisdictions.findByCode("FR").orElseThrow();
        ReflectionTestUtils.setField(france, "code", "CA");
        Jurisdiction quebec = new Jurisdiction("CA-QC", "Québec", JurisdictionLevel.SUBNATIONAL);
        quebec.setParent(france);

        assertThatThrownBy(() -> jurisdictions.save(quebec))
                .isInstanceOfSatisfying(FieldErrorException.class,
                        error -> assertThat(error.getProperty()).isEqualTo("parent"));
        assertThat(jurisdictions.findByCode("CA-QC")).isEmpty();
    }

    @Test
    void a_code_must_have_the_form_of_its_level_in_the_readers_language() {
        assertThatThrownBy(() -> jurisdictions.save(new Jurisdiction("USA", "United States", JurisdictionLevel.NATIONAL)))
                .isInstanceOfSatisfying(FieldErrorException.class, error -> {
                    assertThat(error.getProperty()).isEqualTo("code");
                    assertThat(Texts.format(Locale.UK, error.text()))
                            .isEqualTo("A national code is an ISO 3166-1 alpha-2 code, such as US");
                    assertThat(Texts.format(Locale.FRANCE, error.text()))
                            .isEqualTo("Un code national est un code ISO 3166-1 alpha-2, comme US");
                });
    }

    @Test
    void a_code_that_exists_is_refused_in_the_readers_language() {
        assertThatThrownBy(() -> jurisdictions.save(new Jurisdiction("FR", "France again", JurisdictionLevel.NATIONAL)))
                .isInstanceOfSatisfying(FieldErrorException.class, error -> {
                    assertThat(Texts.format(Locale.UK, error.text())).isEqualTo("FR exists already");
                    assertThat(Texts.format(Locale.FRANCE, error.text())).isEqualTo("FR existe déjà");
                });
    }

    @Test
    void a_wrong_parent_is_refused_in_french_for_a_french_reader() {
        Jurisdiction region = new Jurisdiction("FR-XA", "Region", JurisdictionLevel.SUBNATIONAL);
        region.setParent(jurisdictions.findByCode("DE").orElseThrow());
        assertThatThrownBy(() -> jurisdictions.save(region)).isInstanceOfSatisfying(FieldErrorException.class,
                error -> assertThat(Texts.format(Locale.FRANCE, error.text()))
                        .isEqualTo("Une région se rattache au pays par le code duquel son propre code commence"));
        Jurisdiction country = new Jurisdiction("XQ", "Nowhere", JurisdictionLevel.NATIONAL);
        country.setParent(jurisdictions.findByCode("DE").orElseThrow());
        assertThatThrownBy(() -> jurisdictions.save(country)).isInstanceOfSatisfying(FieldErrorException.class,
                error -> assertThat(Texts.format(Locale.FRANCE, error.text()))
                        .isEqualTo("Seule une juridiction infranationale se rattache à un pays"));
    }

    @Test
    void a_french_reader_finds_a_country_by_its_french_name_and_by_its_english_one() {
        PageRequest page = PageRequest.of(0, 20);
        assertThat(jurisdictions.list(new JurisdictionFilter("allem", null, Set.of(), Locale.FRANCE), page))
                .extracting(Jurisdiction::getCode).containsExactly("DE");
        assertThat(jurisdictions.list(new JurisdictionFilter("germ", null, Set.of(), Locale.FRANCE), page))
                .extracting(Jurisdiction::getCode).containsExactly("DE");
        assertThat(jurisdictions.count(new JurisdictionFilter("Allemagne", null, Set.of(), Locale.FRANCE)))
                .isEqualTo(1);
        // Accents and typographic apostrophes need not be typed: « États-Unis », « Côte d’Ivoire ».
        assertThat(jurisdictions.list(new JurisdictionFilter("etats-unis", JurisdictionLevel.NATIONAL, Set.of(),
                Locale.FRANCE), page)).extracting(Jurisdiction::getCode).contains("US").doesNotContain("DE");
        assertThat(jurisdictions.list(new JurisdictionFilter("cote d'iv", null, Set.of(), Locale.FRANCE), page))
                .extracting(Jurisdiction::getCode).containsExactly("CI");
        // In English, the French name finds nothing.
        assertThat(jurisdictions.count(new JurisdictionFilter("allem", null, Set.of(), Locale.UK))).isZero();
        // The other conditions still hold: a level, a set of codes.
        assertThat(jurisdictions.count(new JurisdictionFilter("allem", JurisdictionLevel.SUPRANATIONAL, Set.of(),
                Locale.FRANCE))).isZero();
        assertThat(jurisdictions.count(new JurisdictionFilter("allem", null, Set.of("FR"), Locale.FRANCE))).isZero();
    }

    @Test
    void a_country_or_union_is_named_in_the_readers_language_and_a_region_or_unknown_code_by_its_stored_name() {
        Jurisdiction germany = jurisdictions.findByCode("DE").orElseThrow();
        assertThat(germany.localName(Locale.FRANCE)).isEqualTo("Allemagne");
        assertThat(germany.label(Locale.FRANCE)).isEqualTo("DE — Allemagne");
        assertThat(germany.localName(Locale.UK)).isEqualTo("Germany");
        assertThat(jurisdictions.findByCode("EU").orElseThrow().localName(Locale.FRANCE)).isEqualTo("Union européenne");
        assertThat(new Jurisdiction("US-MT", "Montana", JurisdictionLevel.SUBNATIONAL).localName(Locale.FRANCE))
                .isEqualTo("Montana");
        assertThat(new Jurisdiction("AA", "Stored name", JurisdictionLevel.NATIONAL).localName(Locale.FRANCE))
                .isEqualTo("Stored name");
        assertThat(new Jurisdiction("ASEAN", "ASEAN", JurisdictionLevel.SUPRANATIONAL).localName(Locale.FRANCE))
                .isEqualTo("ASEAN");
    }

    @Test
    void a_blank_name_is_refused_with_the_validation_message() {
        assertThatThrownBy(() -> jurisdictions.save(new Jurisdiction("XZ", " ", JurisdictionLevel.NATIONAL)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("Enter a name");
    }
}
