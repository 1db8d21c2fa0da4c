package org.sovereigntywatch.importing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.sovereigntywatch.base.ui.BrowserTime;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.importing.ImportRecord;
import org.sovereigntywatch.importing.ImportService;

/** The latest imports: who brought which file in, when, and what came of its rows. */
class RecentImports extends Composite<Div> {

    private static final int SHOWN = 20;

    final Grid<ImportRecord> grid = new Grid<>();
    private final ImportService imports;

    RecentImports(ImportService imports) {
        this.imports = imports;
        grid.addColumn(ImportRecord::getId).setHeader(getTranslation("import.recent.number")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(record -> BrowserTime.format(record.getImportedAt()))
                .setHeader(getTranslation("import.recent.when")).setAutoWidth(true);
        grid.addColumn(ImportRecord::getImportedBy).setHeader(getTranslation("import.recent.by")).setAutoWidth(true);
        grid.addColumn(record -> Translations.label(record.getKind())).setHeader(getTranslation("import.recent.kind"))
                .setAutoWidth(true);
        grid.addColumn(ImportRecord::getFileName).setHeader(getTranslation("import.recent.file"));
        grid.addColumn(record -> Translations.text("import.recent.rows", record.getRowsNew(),
                        record.getRowsMatched(), record.getRowsUnchanged(), record.getRowsSkipped()))
                .setHeader(getTranslation("import.recent.rows-header")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        getContent().add(new H3(getTranslation("import.recent.title")), grid);
    }

    void refresh() {
        grid.setItems(imports.latest(SHOWN));
    }
}
