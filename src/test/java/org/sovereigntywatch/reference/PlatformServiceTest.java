package org.sovereigntywatch.reference;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.Texts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithUserDetails("admin")
class PlatformServiceTest {

    @Autowired PlatformService platforms;
    @Autowired DemoPlatforms demoPlatforms;

    @Test
    void the_demo_platforms_of_the_seed_articles_are_there_with_their_aliases() {
        Platform rednote = platforms.findByName("Xiaohongshu").orElseThrow();
        assertThat(rednote.getAliases()).contains("RedNote", "« Petit Livre Rouge »", "小红书");
        assertThat(rednote.getOperatorCompany()).isEqualTo("Xingin");
        assertThat(rednote.getHomeJurisdiction().getCode()).isEqualTo("CN");
        assertThat(platforms.findByName("TikTok").orElseThrow().getOperatorCompany()).isEqualTo("ByteDance");
    }

    @Test
    void loading_the_demo_data_twice_duplicates_nothing() {
        long before = platforms.count("");
        demoPlatforms.run(null);
        assertThat(platforms.count("")).isEqualTo(before);
    }

    @Test
    void a_name_taken_in_another_case_is_refused_on_the_name_field_in_the_readers_language() {
        assertThatThrownBy(() -> platforms.save(new Platform("WECHAT")))
                .isInstanceOfSatisfying(FieldErrorException.class, error -> {
                    assertThat(error.getProperty()).isEqualTo("name");
                    assertThat(Texts.format(Locale.UK, error.text()))
                            .isEqualTo("A platform with this name exists already");
                    assertThat(Texts.format(Locale.FRANCE, error.text())).isEqualTo("Une plateforme porte déjà ce nom");
                });
    }

    @Test
    void an_overlong_alias_is_refused_with_the_validation_message() {
        Platform platform = new Platform("Platform " + UUID.randomUUID());
        platform.setAliases(Set.of("x".repeat(Platform.NAME_MAX + 1)));
        assertThatThrownBy(() -> platforms.save(platform))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("An alias has at most 100 characters");
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused_and_overwrites_nothing() {
        String name = "Bluesky " + UUID.randomUUID();
        platforms.save(new Platform(name));
        Platform mine = platforms.findByName(name).orElseThrow();
        Platform theirs = platforms.findByName(name).orElseThrow();

        theirs.setOperatorCompany("Bluesky Social PBC");
        platforms.save(theirs);
        mine.setOperatorCompany("Someone else");

        assertThatThrownBy(() -> platforms.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(platforms.findByName(name).orElseThrow().getOperatorCompany()).isEqualTo("Bluesky Social PBC");
    }

    @Test
    void the_search_looks_at_name_alias_and_operator() {
        assertThat(platforms.count("petit livre")).isEqualTo(1);
        assertThat(platforms.list("Petit Livre Rouge", PageRequest.of(0, 10))).extracting(Platform::getName)
                .containsExactly("Xiaohongshu");
        assertThat(platforms.list("小红书", PageRequest.of(0, 10))).extracting(Platform::getName)
                .containsExactly("Xiaohongshu");
        assertThat(platforms.count("meta platforms")).isEqualTo(2);
        assertThat(platforms.count("tencent")).isEqualTo(1);
    }
}
