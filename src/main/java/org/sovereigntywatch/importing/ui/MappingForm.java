package org.sovereigntywatch.importing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.sheet.TextList;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.importing.ColumnMapping;
import org.sovereigntywatch.importing.ImportField;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The mapping step: for each column of the file, the field it fills, guessed from its header and changeable; the
 * columns left unused listed; for each field taking a vocabulary, the value for rows that leave it blank. What keeps
 * the mapping from being used is said under it, and nothing is read until it is usable.
 */
class MappingForm extends Composite<Div> {

    /** One field chooser per column of the file, in the file's order. */
    final List<ComboBox<ImportField>> columns = new ArrayList<>();
    /** One "rows without a value" chooser per field taking a vocabulary. */
    final List<Select<String>> defaults = new ArrayList<>();
    final Paragraph unused = new Paragraph();
    final Paragraph faults = new Paragraph();

    private final List<ImportField> fields;
    private ColumnMapping mapping;
    private final Consumer<ColumnMapping> changed;

    MappingForm(List<ImportField> fields, Set<String> notImported, ColumnMapping guessed,
                Consumer<ColumnMapping> changed) {
        this.fields = fields;
        this.mapping = guessed;
        this.changed = changed;
        FormLayout layout = fieldColumns();
        for (int i = 0; i < guessed.header().size(); i++) {
            layout.add(chooser(i, guessed, notImported));
        }
        FormLayout blanks = fieldColumns();
        for (ImportField field : fields) {
            if (!field.choices().isEmpty()) {
                blanks.add(defaultChooser(field));
            }
        }
        unused.addClassName("import-unused");
        faults.addClassName("import-faults");
        Details blankValues = new Details(getTranslation("import.mapping.blanks"), blanks);
        getContent().add(new H3(getTranslation("import.mapping.title")),
                new Paragraph(getTranslation("import.mapping.intro")), layout, unused, blankValues, faults);
        show();
    }

    /** Columns wide enough for a field's name with its column's (« Juridiction (jurisdiction) »), in either language. */
    private static FormLayout fieldColumns() {
        FormLayout columns = new FormLayout();
        columns.setAutoResponsive(true);
        columns.setColumnWidth("20rem");
        return columns;
    }

    private ComboBox<ImportField> chooser(int column, ColumnMapping guessed, Set<String> notImported) {
        String header = guessed.header().get(column);
        ComboBox<ImportField> chooser = new ComboBox<>(header.isBlank()
                ? getTranslation("import.mapping.unnamed-column", column + 1) : header);
        chooser.setItems(fields);
        chooser.setItemLabelGenerator(field -> Translations.text("import.mapping.field", field.label(), field.name()));
        chooser.setClearButtonVisible(true);
        chooser.setPlaceholder(getTranslation(notImported.contains(header) ? "import.mapping.worked-out"
                : "import.mapping.not-imported"));
        String guess = guessed.fields().get(column);
        chooser.setValue(fields.stream().filter(field -> field.name().equals(guess)).findFirst().orElse(null));
        chooser.addValueChangeListener(change -> {
            ImportField chosen = change.getValue();
            mapping = mapping.with(column, chosen == null ? null : chosen.name());
            show();
        });
        columns.add(chooser);
        return chooser;
    }

    private Select<String> defaultChooser(ImportField field) {
        Select<String> chooser = new Select<>();
        chooser.setLabel(getTranslation("import.mapping.when-blank", field.label()));
        List<String> values = new ArrayList<>();
        values.add("");
        values.addAll(field.choices().keySet());
        chooser.setItems(values);
        chooser.setItemLabelGenerator(value -> value.isEmpty()
                ? Translations.text(field.required() ? "import.mapping.default.none" : "import.mapping.default.usual")
                : Translations.label(Objects.requireNonNull(field.choices().get(value))));
        chooser.setValue("");
        chooser.addValueChangeListener(change -> {
            mapping = mapping.withDefault(field.name(), change.getValue().isEmpty() ? null : change.getValue());
            show();
        });
        defaults.add(chooser);
        return chooser;
    }

    private void show() {
        List<String> left = mapping.unused();
        unused.setText(left.isEmpty() ? getTranslation("import.mapping.all-used")
                : getTranslation("import.mapping.unused", TextList.quoted(left, TextList.Join.COMMA)));
        List<Text> found = mapping.faults(fields);
        faults.setText(found.stream().map(Translations::text).collect(Collectors.joining(" ")));
        faults.setVisible(!found.isEmpty());
        changed.accept(mapping);
    }

    ColumnMapping mapping() {
        return mapping;
    }

    /** Whether the mapping can be used: every required field filled, no field filled twice. */
    boolean isUsable() {
        return mapping.faults(fields).isEmpty();
    }

    @Nullable ComboBox<ImportField> column(String header) {
        return columns.stream().filter(chooser -> chooser.getLabel().equals(header)).findFirst().orElse(null);
    }
}
