package org.sovereigntywatch.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.ui.ComponentTexts;
import org.sovereigntywatch.base.ui.SearchedItems;
import org.sovereigntywatch.history.HistoryEntry;
import org.sovereigntywatch.history.ui.HistoryDialog;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sources an item cites: recorded sources are searched by title, publisher or address as the user types, and
 * "New source…" records one and adds it to the selection.
 */
public class SourcePicker extends CustomField<Set<Source>> {

    final MultiSelectComboBox<Source> sources = ComponentTexts.translated(new MultiSelectComboBox<>());
    final Button add = new Button(getTranslation("source.picker.new"), VaadinIcon.PLUS.create());
    final Button history = new Button(getTranslation("history.sources"), VaadinIcon.TIME_BACKWARD.create());

    public SourcePicker(String label, SourceService service) {
        setLabel(label);
        sources.setItemLabelGenerator(Source::label);
        sources.setItems(SearchedItems.of(service::list, service::count));
        sources.setPlaceholder(getTranslation("source.picker.search"));
        sources.setWidthFull();
        sources.addValueChangeListener(change -> {
            updateValue();
            history.setVisible(!change.getValue().isEmpty());
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.addClickListener(click -> new SourceDialog(service, this::select).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        history.setVisible(false);
        history.addClickListener(click -> new HistoryDialog(getLabel(), historyOfSelected(service)).open());
        Div content = new Div(sources, new Div(add, history));
        content.addClassName("source-picker");
        add(content);
    }

    /** The changes to every selected source, newest first, each line naming its source. */
    private List<HistoryEntry> historyOfSelected(SourceService service) {
        return sources.getValue().stream()
                .flatMap(source -> service.history(source.getId()).stream().map(entry -> entry.about(
                        new Text("history.subject.source", source.label()))))
                .sorted(Comparator.comparing(HistoryEntry::at).reversed())
                .toList();
    }

    private void select(Source source) {
        Set<Source> selected = new HashSet<>(sources.getValue());
        selected.add(source);
        sources.setValue(selected);
    }

    @Override
    protected Set<Source> generateModelValue() {
        return Set.copyOf(sources.getValue());
    }

    @Override
    protected void setPresentationValue(Set<Source> value) {
        sources.setValue(value == null ? Set.of() : value);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        sources.setReadOnly(readOnly);
        add.setVisible(!readOnly);
    }
}
