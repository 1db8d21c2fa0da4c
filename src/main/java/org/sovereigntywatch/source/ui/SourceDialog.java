package org.sovereigntywatch.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.sovereigntywatch.base.ui.Binders;
import org.sovereigntywatch.base.ui.DatePickers;
import org.sovereigntywatch.base.ui.DuplicateWarning;
import org.sovereigntywatch.base.ui.SaveFailure;
import org.sovereigntywatch.base.ui.SaveShortcut;
import org.sovereigntywatch.base.ui.TextLimit;
import org.sovereigntywatch.base.ui.ViewClock;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceCell;
import org.sovereigntywatch.source.SourceService;

import java.util.List;
import java.util.function.Consumer;

/**
 * Records a new source: a web address, or, left empty, a citation by its title and publisher. Only http and https
 * addresses are accepted, with a message next to the field otherwise. An address already recorded (but for the case
 * of its scheme and host, or a trailing slash), or a citation recorded without an address (but for case and spaces),
 * is pointed out first, with the recorded source to use instead; saving again records the new one anyway.
 */
class SourceDialog extends Dialog {

    final TextField publisher = new TextField(getTranslation("source.publisher"));
    final TextField title = new TextField(getTranslation("common.title"));
    final TextField url = new TextField(getTranslation("source.url"));
    final DatePicker publishedOn = DatePickers.create(getTranslation("source.published-on"));
    final TextField language = new TextField(getTranslation("source.language"));
    final TextArea quote = new TextArea(getTranslation("source.quote"));
    final DuplicateWarning duplicates = new DuplicateWarning();
    private final BeanValidationBinder<Source> binder = Binders.forBean(Source.class);
    private final SourceService sources;
    private final Consumer<Source> onSaved;

    SourceDialog(SourceService sources, Consumer<Source> onSaved) {
        this.sources = sources;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("source.dialog.title"));
        TextLimit.apply(publisher, Source.PUBLISHER_MAX);
        TextLimit.apply(title, Source.TITLE_MAX);
        TextLimit.apply(url, Source.URL_MAX);
        url.setPlaceholder("https://…");
        url.setHelperText(getTranslation("source.url.helper"));
        DatePickers.until(publishedOn, ViewClock.today(), getTranslation(Source.NOT_IN_THE_FUTURE));
        language.setHelperText("fr, en, zh-CN…");
        TextLimit.apply(language, Source.LANGUAGE_MAX);
        quote.setHelperText(getTranslation("source.quote.helper"));
        TextLimit.apply(quote, Source.QUOTE_MAX);
        binder.forField(url).withValidator(ViolationMessage.of(Source.class, "url")).bind("url");
        binder.bindInstanceFields(this);
        FormLayout fields = new FormLayout(publisher, title, url, publishedOn, language, quote);
        fields.setColspan(quote, 2);
        add(fields, duplicates);

        Source source = new Source(null, "");
        binder.readBean(source);
        Button save = new Button(getTranslation("source.dialog.save"), click -> {
            if (binder.writeBeanIfValid(source) && mayRecord(source)) {
                try {
                    onSaved.accept(sources.save(source));
                    close();
                } catch (RuntimeException failure) {
                    SaveFailure.show(binder, failure);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveShortcut.register(save, this);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }

    /**
     * Whether no recorded source has this address (or, without one, this citation), or the user was shown those that
     * do and saves anyway. A source its cell cannot name goes on to the save, which says why it is refused.
     */
    private boolean mayRecord(Source source) {
        SourceCell cell;
        try {
            cell = SourceCell.of(source);
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
        List<Div> matches = sources.likelyDuplicates(cell).stream().map(this::match).toList();
        String lead = getTranslation(cell instanceof SourceCell.Address ? "source.dialog.duplicate.address"
                : "source.dialog.duplicate.citation");
        return duplicates.allowSave(cell, lead, matches);
    }

    /** A recorded source with the same address or citation, and a button that cites it instead of recording one. */
    private Div match(Source recorded) {
        Button use = new Button(getTranslation("source.dialog.use-this"), click -> {
            onSaved.accept(recorded);
            close();
        });
        use.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new Div(SourceLink.of(recorded), new Span(" "), use);
    }
}
