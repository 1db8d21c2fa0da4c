package org.sovereigntywatch.base.sheet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+33 1 23 45 67 89", "-5", "@SUM(A1)", "\tcmd", "\rcmd", "=", "-"})
    void a_formula_like_cell_gets_one_apostrophe_and_loses_it_again(String cell) {
        assertThat(FormulaCells.neutralise(cell)).isEqualTo("'" + cell);
        assertThat(FormulaCells.unescapeFormula("'" + cell)).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "TikTok = ByteDance", "'tis", "'", "''", "it's", "'x=1", "a\n=b", "小红书"})
    void other_cells_are_left_alone_both_ways(String cell) {
        assertThat(FormulaCells.neutralise(cell)).isEqualTo(cell);
        assertThat(FormulaCells.unescapeFormula(cell)).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'=1+1", "''=1+1", "'-5", "'''@x", "'\tx"})
    void text_that_already_starts_with_apostrophes_before_a_formula_survives_the_round_trip(String cell) {
        String exported = FormulaCells.neutralise(cell);
        assertThat(exported).isEqualTo("'" + cell);
        assertThat(FormulaCells.unescapeFormula(exported)).isEqualTo(cell);
    }

    @Test
    void only_one_apostrophe_is_taken_off() {
        assertThat(FormulaCells.unescapeFormula("''=1")).isEqualTo("'=1");
    }
}
