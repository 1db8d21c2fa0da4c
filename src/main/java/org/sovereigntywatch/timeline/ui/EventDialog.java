package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.validator.BeanValidator;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.base.ui.Binders;
import org.sovereigntywatch.base.ui.DatePickers;
import org.sovereigntywatch.base.ui.SaveFailure;
import org.sovereigntywatch.base.ui.SaveShortcut;
import org.sovereigntywatch.base.ui.TextLimit;
import org.sovereigntywatch.source.SourceService;
import org.sovereigntywatch.source.ui.SourcePicker;
import org.sovereigntywatch.timeline.DatePrecision;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.PolicyEvent;

import java.util.function.Consumer;

/**
 * Adds or changes one dated step of a measure. The precision comes first: for a month or a year, any day within it
 * will do and is read as the whole period.
 */
class EventDialog extends Dialog {

    final Select<DatePrecision> precision = new Select<>();
    final DatePicker day = DatePickers.create(getTranslation("common.date"));
    final Checkbox expected = new Checkbox(getTranslation("event.dialog.expected"));
    final Checkbox cancelled = new Checkbox(getTranslation("event.dialog.cancelled"));
    final Select<EventAction> action = new Select<>();
    final TextArea summary = new TextArea(getTranslation("common.summary"));
    final SourcePicker sources;
    final Button save = new Button(getTranslation("event.dialog.save"));
    final Button delete = new Button(getTranslation("common.delete"));
    private final BeanValidationBinder<PolicyEvent> binder = Binders.forBean(PolicyEvent.class);

    EventDialog(PolicyEvent event, EventService events, SourceService sourceService, Consumer<Runnable> act) {
        setHeaderTitle(event.isNew() ? getTranslation("event.dialog.new")
                : getTranslation("event.dialog.edit", event.getDate()));
        sources = new SourcePicker(getTranslation("common.sources"), sourceService);
        precision.setLabel(getTranslation("event.dialog.precision"));
        precision.setItems(DatePrecision.values());
        precision.setItemLabelGenerator(Translations::label);
        day.setHelperText(getTranslation("event.dialog.day.helper"));
        action.setLabel(getTranslation("event.action"));
        action.setItems(EventAction.values());
        action.setItemLabelGenerator(Translations::label);
        TextLimit.apply(summary, PolicyEvent.SUMMARY_MAX);
        // Precision is bound before the day, so the day is read with the precision chosen. The day is stored as the
        // start of its period: the entity's rules for that field apply to it.
        binder.forField(precision).bind("precision");
        binder.forField(day).asRequired(getTranslation("event.date.required"))
                .withValidator(new BeanValidator(PolicyEvent.class, "periodStart")).bind("day");
        binder.bindInstanceFields(this);
        binder.readBean(event);

        onlyAnExpectedStepCanBeCancelled();

        FormLayout fields = new FormLayout(precision, day, action, expected, cancelled, summary, sources);
        fields.setColspan(summary, 2);
        fields.setColspan(sources, 2);
        add(fields);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveShortcut.register(save, this);
        save.addClickListener(click -> {
            if (binder.writeBeanIfValid(event)) {
                try {
                    events.save(event);
                    close();
                    act.accept(() -> { });
                } catch (RuntimeException failure) {
                    SaveFailure.show(binder, failure);
                }
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setVisible(!event.isNew());
        delete.addClickListener(click -> confirmDelete(event, () -> {
            close();
            act.accept(() -> events.delete(event.getId(), event.getVersion()));
        }));
        getFooter().add(delete, new Button(getTranslation("common.cancel"), click -> close()), save);
    }

    private void onlyAnExpectedStepCanBeCancelled() {
        cancelled.setTooltipText(getTranslation("event.dialog.cancelled.tooltip"));
        cancelled.setEnabled(expected.getValue());
        expected.addValueChangeListener(change -> {
            cancelled.setEnabled(change.getValue());
            if (!change.getValue()) {
                cancelled.setValue(false);
            }
        });
    }

    /** Asks before deleting, naming the event as it was saved (not as the fields may have been edited since). */
    private static void confirmDelete(PolicyEvent event, Runnable delete) {
        String summary = event.getSummary();
        ConfirmDialog confirm = new ConfirmDialog(Translations.text("event.dialog.delete.title"),
                Translations.text("event.dialog.delete.question",
                        TimelineLayout.when(event.getDate(), event.getAction(), event.getStatus()),
                        summary.length() > 120 ? summary.substring(0, 119) + "…" : summary),
                Translations.text("event.dialog.delete.confirm"), confirmed -> delete.run());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(Translations.text("event.dialog.delete.keep"));
        confirm.open();
    }
}
