package org.sovereigntywatch.importing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.sovereigntywatch.base.ui.BrowserTime;
import org.sovereigntywatch.importing.ImportRecord;
import org.sovereigntywatch.importing.ImportService;

/** The latest imports: who brought which file in, when, and what came of its rows. */
class RecentImports extends Composite<Div> {

    private static final int SHOWN = 20;

    final Grid<ImportRecord> grid = new Grid<>();
    private final ImportService imports;

    RecentImports(ImportService imports) {
        this.imports = imports;
        grid.addColumn(ImportRecord::getId).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(record -> BrowserTime.format(record.getImportedAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(ImportRecord::getImportedBy).setHeader("By").setAutoWidth(true);
        grid.addColumn(record -> record.getKind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(ImportRecord::getFileName).setHeader("File");
        grid.addColumn(record -> String.format("%,d new, %,d matched, %,d unchanged, %,d skipped",
                record.getRowsNew(), record.getRowsMatched(), record.getRowsUnchanged(), record.getRowsSkipped()))
                .setHeader("Rows");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        getContent().add(new H3("Recent imports"), grid);
    }

    void refresh() {
        grid.setItems(imports.latest(SHOWN));
    }
}
