package org.sovereigntywatch.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.sovereigntywatch.base.ui.Binders;
import org.sovereigntywatch.base.ui.DatePickers;
import org.sovereigntywatch.base.ui.SaveFailure;
import org.sovereigntywatch.base.ui.SaveShortcut;
import org.sovereigntywatch.base.ui.TextLimit;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;

import java.time.LocalDate;
import java.util.function.Consumer;

/** Records a new source: only web addresses are accepted, with a message next to the field otherwise. */
class SourceDialog extends Dialog {

    final TextField publisher = new TextField("Publisher");
    final TextField title = new TextField("Title");
    final TextField url = new TextField("Web address");
    final DatePicker publishedOn = DatePickers.create("Published on");
    final TextField language = new TextField("Language");
    final TextArea quote = new TextArea("Quote");
    private final BeanValidationBinder<Source> binder = Binders.forBean(Source.class);

    SourceDialog(SourceService sources, Consumer<Source> onSaved) {
        setHeaderTitle("New source");
        TextLimit.apply(publisher, Source.PUBLISHER_MAX);
        TextLimit.apply(title, Source.TITLE_MAX);
        TextLimit.apply(url, Source.URL_MAX);
        url.setPlaceholder("https://…");
        publishedOn.setMax(LocalDate.now());
        language.setHelperText("fr, en, zh-CN…");
        TextLimit.apply(language, Source.LANGUAGE_MAX);
        quote.setHelperText("The passage that matters");
        TextLimit.apply(quote, Source.QUOTE_MAX);
        binder.bindInstanceFields(this);
        FormLayout fields = new FormLayout(publisher, title, url, publishedOn, language, quote);
        fields.setColspan(quote, 2);
        add(fields);

        Source source = new Source("", "", "");
        binder.readBean(source);
        Button save = new Button("Save source", click -> {
            if (binder.writeBeanIfValid(source)) {
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
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
