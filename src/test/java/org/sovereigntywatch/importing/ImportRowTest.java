package org.sovereigntywatch.importing;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.base.sheet.SheetRow;
import org.sovereigntywatch.timeline.DatePrecision;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.PolicyDate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ImportRowTest {

    private static final List<String> HEADER = List.of("Date", "Precision", "Step", "Binding", "Score", "Platforms");
    private static final ColumnMapping MAPPING = new ColumnMapping(HEADER,
            List.of("date", "date_precision", "action", "binding", "likelihood", "platforms"));

    private static ImportRow row(String... cells) {
        return new ImportRow(new SheetRow(7, List.of(cells)), MAPPING);
    }

    @Test
    void a_date_is_as_precise_as_written_and_the_precision_column_can_widen_it() {
        assertThat(row("2025-01-19", "", "", "", "", "").policyDate("date", "date_precision"))
                .isEqualTo(PolicyDate.day(2025, 1, 19));
        assertThat(row("2021-01", "", "", "", "", "").policyDate("date", "date_precision"))
                .isEqualTo(PolicyDate.month(2021, 1));
        assertThat(row("2021", "", "", "", "", "").policyDate("date", "date_precision"))
                .isEqualTo(PolicyDate.year(2021));
        assertThat(row("2021-03-04", "Month", "", "", "", "").policyDate("date", "date_precision"))
                .isEqualTo(new PolicyDate(LocalDate.of(2021, 3, 1), DatePrecision.MONTH));
    }

    @Test
    void a_date_that_does_not_exist_or_is_not_written_as_iso_is_a_problem_of_its_cell() {
        ImportRow impossible = row("2025-02-31", "", "", "", "", "");
        assertThat(impossible.policyDate("date", "date_precision")).isNull();
        assertThat(impossible.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.column()).isEqualTo("Date");
            assertThat(problem.value()).isEqualTo("2025-02-31");
            assertThat(english(problem)).isEqualTo("‘2025-02-31’ is not a date that exists: that month has 28 days.");
        });

        ImportRow french = row("31/02/2025", "", "", "", "", "");
        assertThat(french.policyDate("date", "date_precision")).isNull();
        assertThat(french.problems()).singleElement().extracting(ImportRowTest::english).isEqualTo(
                "‘31/02/2025’ is not a date: write it as 2025-01-19, or 2021-01 for a month, or 2021 for a year.");

        ImportRow noSuchMonth = row("2025-13", "", "", "", "", "");
        assertThat(noSuchMonth.policyDate("date", "date_precision")).isNull();
        assertThat(noSuchMonth.problems()).singleElement().extracting(ImportRowTest::english).isEqualTo(
                "‘2025-13’ is not a date that exists: months are numbered from 1 to 12.");
    }

    @Test
    void a_french_user_reads_the_problems_of_a_row_in_french() {
        ImportRow row = row("2025-02-31", "", "Interdite", "peut-être", "6", "");
        row.policyDate("date", "date_precision");
        row.choice("action", EventAction.class);
        row.yesNo("binding", true);
        row.number("likelihood", 1, 5);

        assertThat(row.problems()).extracting(problem -> Texts.format(Locale.FRANCE, problem.message()))
                .containsExactly("« 2025-02-31 » n’est pas une date qui existe : ce mois compte 28 jours.",
                        "« Interdite » ne fait pas partie des choix possibles : Annonce, Dépôt, Adoption, Signature, "
                                + "Entrée en vigueur, Audience, Décision de justice, Injonction, Appel, Report, "
                                + "Suspension, Levée, Abrogation, Échéance, Enquête, Événement de marché.",
                        "« peut-être » n’est ni oui ni non : écrivez oui ou non.",
                        "« 6 » n’est pas un nombre entier de 1 à 5.");
    }

    @Test
    void a_choice_is_read_by_coded_name_or_english_or_french_label_ignoring_case_accents_and_spaces() {
        assertThat(row("", "", "IN_FORCE", "", "", "").choice("action", EventAction.class))
                .isEqualTo(EventAction.IN_FORCE);
        assertThat(row("", "", " in force ", "", "", "").choice("action", EventAction.class))
                .isEqualTo(EventAction.IN_FORCE);
        assertThat(row("", "", "Market event", "", "", "").choice("action", EventAction.class))
                .isEqualTo(EventAction.MARKET_EVENT);
        assertThat(row("", "", "« Entrée en vigueur »", "", "", "").choice("action", EventAction.class))
                .isEqualTo(EventAction.IN_FORCE);
        assertThat(row("", "", "Evenement de marche", "", "", "").choice("action", EventAction.class))
                .isEqualTo(EventAction.MARKET_EVENT);
        assertThat(row("", "Mois", "", "", "", "").choice("date_precision", DatePrecision.class))
                .isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void an_unknown_choice_names_the_choices() {
        ImportRow row = row("", "", "Banned", "", "", "");

        assertThat(row.choice("action", EventAction.class)).isNull();
        assertThat(row.problems()).singleElement().extracting(ImportRowTest::english).asString()
                .startsWith("‘Banned’ is not one of the choices: Announced, Introduced,");
    }

    @Test
    void a_blank_choice_takes_the_value_the_mapping_gives_rows_without_one() {
        ImportRow row = new ImportRow(new SheetRow(2, List.of("", "", "", "", "", "")),
                MAPPING.withDefault("action", "ANNOUNCED"));

        assertThat(row.choice("action", EventAction.class)).isEqualTo(EventAction.ANNOUNCED);
    }

    @Test
    void yes_and_no_in_english_or_french_and_whole_numbers_in_range() {
        assertThat(row("", "", "", "oui", "", "").yesNo("binding", false)).isTrue();
        assertThat(row("", "", "", "FALSE", "", "").yesNo("binding", true)).isFalse();
        assertThat(row("", "", "", "", "", "").yesNo("binding", true)).isTrue();
        ImportRow maybe = row("", "", "", "maybe", "6", "");
        maybe.yesNo("binding", true);
        assertThat(maybe.number("likelihood", 1, 5)).isNull();
        assertThat(maybe.problems()).extracting(ImportRowTest::english).containsExactly(
                "‘maybe’ is neither yes nor no: write true or false.",
                "‘6’ is not a whole number from 1 to 5.");
    }

    @Test
    void several_values_are_joined_with_a_bar_and_blank_ones_dropped() {
        assertThat(row("", "", "", "", "", "TikTok | WeChat||TikTok").values("platforms"))
                .containsExactly("TikTok", "WeChat");
    }

    @Test
    void a_row_with_more_or_fewer_cells_than_the_header_is_refused_as_ragged() {
        assertThat(row("2025-01-19", "", "", "", "", "", "extra").problems()).singleElement()
                .extracting(ImportRowTest::english).asString()
                .startsWith("This row has 7 cells but the header names 6");
    }

    private static String english(ImportProblem problem) {
        return Texts.format(Locale.UK, problem.message());
    }
}
