package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.sovereigntywatch.base.ui.ConfirmDelete;
import org.sovereigntywatch.timeline.LinkType;
import org.sovereigntywatch.timeline.MeasureFilter;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyMeasure;

import java.util.List;
import java.util.function.Consumer;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** How this measure relates to others, read from it ("supersedes …", "challenged by …"), and adding a link. */
class LinksSection extends Composite<Div> {

    final Select<LinkType> type = new Select<>();
    final ComboBox<PolicyMeasure> other = new ComboBox<>();
    final Button add = new Button(getTranslation("measure.links.add"));

    LinksSection(long measureId, List<MeasureService.LinkView> links, boolean editable, MeasureService measures,
                 Consumer<Runnable> act) {
        Div content = getContent();
        content.addClassName("item-section");
        content.add(new H3(getTranslation("measure.links.title")));
        if (links.isEmpty()) {
            content.add(new Paragraph(getTranslation("measure.links.empty")));
        }
        for (MeasureService.LinkView link : links) {
            Div line = new Div(new Span(getTranslation("measure.links.line", link.relation()) + " "),
                    new RouterLink(link.otherTitle(), MeasureEditorView.class,
                            new RouteParameters("id", String.valueOf(link.otherId()))));
            if (editable && link.outgoing()) {
                Button remove = new Button(getTranslation("common.remove"), click -> ConfirmDelete.ask(
                        getTranslation("measure.links.remove.title"),
                        getTranslation("measure.links.remove.question", link.relation(), link.otherTitle()),
                        getTranslation("common.remove"), () -> act.accept(() -> measures.unlink(link.linkId()))));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                line.add(remove);
            }
            line.addClassName("section-line");
            content.add(line);
        }
        if (editable) {
            type.setItems(LinkType.values());
            type.setItemLabelGenerator(linkType -> getTranslation(linkType.forward().key()));
            type.setValue(LinkType.AMENDS);
            type.setAriaLabel(getTranslation("measure.links.relation"));
            other.setPlaceholder(getTranslation("measure.links.find"));
            other.setItemLabelGenerator(measure -> measure.getTitle());
            other.setItems(query -> measures.list(MeasureFilter.ALL.withText(query.getFilter().orElse("")),
                    toSpringPageRequest(query)).stream().filter(measure -> measure.getId() != measureId));
            add.addClickListener(click -> {
                if (other.getValue() != null) {
                    act.accept(() -> measures.link(measureId, type.getValue(), other.getValue().getId()));
                }
            });
            Div adder = new Div(new Span(getTranslation("measure.links.this")), type, other, add);
            adder.addClassName("section-adder");
            content.add(adder);
        }
    }
}
