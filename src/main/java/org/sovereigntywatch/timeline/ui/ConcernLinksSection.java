package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.sovereigntywatch.base.ui.ConfirmDelete;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.ConcernRow;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.ConcernTitle;
import org.sovereigntywatch.concern.ui.ConcernEditorView;
import org.sovereigntywatch.timeline.MeasureService;

import java.util.List;
import java.util.function.Consumer;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** The concerns this measure bears on; those who may edit the measure link and unlink them. */
class ConcernLinksSection extends Composite<Div> {

    final ComboBox<ConcernRow> concern = new ComboBox<>();
    final Button add = new Button(getTranslation("measure.concerns.add"));

    ConcernLinksSection(long measureId, List<ConcernTitle> linked, boolean editable, ConcernService concerns,
                        MeasureService measures, Consumer<Runnable> act) {
        Div content = getContent();
        content.addClassName("item-section");
        content.add(new H3(getTranslation("measure.concerns.title")));
        if (linked.isEmpty()) {
            content.add(new Paragraph(getTranslation("measure.concerns.empty")));
        }
        for (ConcernTitle each : linked) {
            Div line = new Div(new RouterLink(each.title(), ConcernEditorView.class,
                    new RouteParameters("id", String.valueOf(each.id()))));
            if (editable) {
                Button remove = new Button(getTranslation("measure.concerns.unlink"), click -> ConfirmDelete.ask(
                        getTranslation("measure.concerns.unlink.title"),
                        getTranslation("measure.concerns.unlink.question", each.title()),
                        getTranslation("measure.concerns.unlink"),
                        () -> act.accept(() -> measures.unlinkConcern(measureId, each.id()))));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                line.add(remove);
            }
            line.addClassName("section-line");
            content.add(line);
        }
        if (editable) {
            concern.setPlaceholder(getTranslation("measure.concerns.find"));
            concern.setItemLabelGenerator(ConcernRow::title);
            concern.setItems(query -> concerns.list(ConcernFilter.ALL.withText(query.getFilter().orElse("")),
                    toSpringPageRequest(query)).stream());
            add.addClickListener(click -> {
                if (concern.getValue() != null) {
                    act.accept(() -> measures.linkConcern(measureId, concern.getValue().id()));
                }
            });
            Div adder = new Div(concern, add);
            adder.addClassName("section-adder");
            content.add(adder);
        }
    }
}
