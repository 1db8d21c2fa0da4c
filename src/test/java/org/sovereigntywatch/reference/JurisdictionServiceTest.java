package org.sovereigntywatch.reference;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.base.FieldErrorException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.ReflectionTestUtils;

import java.util.Locale;

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
    void a_code_must_have_the_form_of_its_level() {
        assertThatThrownBy(() -> jurisdictions.save(new Jurisdiction("USA", "United States", JurisdictionLevel.NATIONAL)))
                .isInstanceOfSatisfying(FieldErrorException.class, error -> {
                    assertThat(error.getProperty()).isEqualTo("code");
                    assertThat(error.getMessage()).isEqualTo("A national code is an ISO 3166-1 alpha-2 code, such as US");
                });
    }

    @Test
    void a_code_that_exists_is_refused() {
        assertThatThrownBy(() -> jurisdictions.save(new Jurisdiction("FR", "France again", JurisdictionLevel.NATIONAL)))
                .isInstanceOf(FieldErrorException.class).hasMessage("FR exists already");
    }

    @Test
    void a_blank_name_is_refused_with_the_validation_message() {
        assertThatThrownBy(() -> jurisdictions.save(new Jurisdiction("XZ", " ", JurisdictionLevel.NATIONAL)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("Enter a name");
    }
}
