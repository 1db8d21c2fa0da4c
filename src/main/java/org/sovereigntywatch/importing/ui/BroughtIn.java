package org.sovereigntywatch.importing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.concern.ui.ConcernSection;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.importing.ImportService;
import org.sovereigntywatch.timeline.ui.MeasureSection;
import org.springframework.core.annotation.Order;

/**
 * The line on an item's page saying which import brought it in: "Brought in by import #3 (timeline.csv), by analyst
 * on 30 Nov 2026, 10:02". Shown to analysts and up, who import; nothing for an item entered by hand.
 */
final class BroughtIn {

    private BroughtIn() {
    }

    static Component line(ImportService imports, EditorialPolicy policy, String kind, long id) {
        Paragraph line = new Paragraph();
        line.addClassName("brought-in");
        line.setVisible(false);
        if (policy.visibility().seesUnpublished()) {
            imports.bringing(kind, id).ifPresent(record -> {
                line.setText(Translations.text("import.brought-in", String.valueOf(record.getId()),
                        record.getFileName(), record.getImportedBy(), record.getImportedAt()));
                line.setVisible(true);
            });
        }
        return line;
    }

    @SpringComponent
    @Order
    static class OnConcernPage implements ConcernSection {

        private final ImportService imports;
        private final EditorialPolicy policy;

        OnConcernPage(ImportService imports, EditorialPolicy policy) {
            this.imports = imports;
            this.policy = policy;
        }

        @Override
        public Component build(long concernId) {
            return line(imports, policy, "concern", concernId);
        }
    }

    @SpringComponent
    @Order
    static class OnMeasurePage implements MeasureSection {

        private final ImportService imports;
        private final EditorialPolicy policy;

        OnMeasurePage(ImportService imports, EditorialPolicy policy) {
            this.imports = imports;
            this.policy = policy;
        }

        @Override
        public Component build(long measureId) {
            return line(imports, policy, "measure", measureId);
        }
    }
}
