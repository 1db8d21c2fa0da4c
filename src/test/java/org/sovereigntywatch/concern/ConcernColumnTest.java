package org.sovereigntywatch.concern;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcernColumnTest {

    @Test
    void every_field_of_the_row_is_a_stored_column_and_the_row_query_selects_them_in_the_rows_order() {
        String select = ConcernQueriesImpl.ROW;
        int from = 0;
        for (RecordComponent component : ConcernRow.class.getRecordComponents()) {
            String path = "c." + ConcernColumn.ofComponent(component.getName()).path();
            int at = select.indexOf(path, from);
            assertThat(at).as(component.getName() + " selected from " + path + " after the one before").isPositive();
            from = at + path.length();
        }
        assertThat(select).startsWith("select new " + ConcernRow.class.getName() + "(c.id, c.title, c.platform.name, ");
    }

    @Test
    void a_column_worked_out_rather_than_stored_has_no_path_to_sort_by() {
        for (ConcernColumn column : new ConcernColumn[] {ConcernColumn.LEVEL, ConcernColumn.REVIEW_OVERDUE,
                ConcernColumn.SOURCES}) {
            assertThatThrownBy(column::path).isInstanceOf(IllegalStateException.class);
        }
        assertThat(ConcernColumn.AFFECTED_JURISDICTION.csvName()).isEqualTo("affected_jurisdiction");
    }
}
