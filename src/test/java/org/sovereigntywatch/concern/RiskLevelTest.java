package org.sovereigntywatch.concern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RiskLevelTest {

    @ParameterizedTest
    @CsvSource({"1,1,1,LOW", "2,2,4,LOW", "1,5,5,MEDIUM", "3,3,9,MEDIUM", "2,5,10,HIGH", "4,4,16,HIGH",
            "3,6,18,CRITICAL", "5,5,25,CRITICAL"})
    void the_score_is_likelihood_times_impact_and_gives_the_level(int likelihood, int impact, int score,
                                                                  RiskLevel level) {
        assertThat(RiskLevel.score(likelihood, impact)).isEqualTo(score);
        assertThat(RiskLevel.of(score)).isEqualTo(level);
    }

    @Test
    void a_concern_keeps_its_score_in_step_with_its_ratings() {
        Concern concern = new Concern("Title");
        concern.setLikelihood(4);
        concern.setImpact(5);
        assertThat(concern.getScore()).isEqualTo(20);
        assertThat(concern.getLevel()).isEqualTo(RiskLevel.CRITICAL);
        concern.setImpact(1);
        assertThat(concern.getLevel()).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void the_default_review_comes_sooner_the_higher_the_level() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertThat(RiskLevel.CRITICAL.nextReviewAfter(day)).isEqualTo(day.plusDays(30));
        assertThat(RiskLevel.HIGH.nextReviewAfter(day)).isEqualTo(day.plusDays(90));
        assertThat(RiskLevel.MEDIUM.nextReviewAfter(day)).isEqualTo(day.plusDays(180));
        assertThat(RiskLevel.LOW.nextReviewAfter(day)).isEqualTo(day.plusDays(365));
    }
}
