package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.binder.Result;
import org.sovereigntywatch.base.ui.EntityForm;
import org.sovereigntywatch.base.ui.TextLimit;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.JurisdictionService;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Adds or edits a platform: its name, the other names it goes by (one per line), operator and home jurisdiction. */
class PlatformForm extends EntityForm<Platform> {

    final TextField name = new TextField(getTranslation("common.name"));
    final TextArea aliases = new TextArea(getTranslation("platform.aliases"));
    final TextField operatorCompany = new TextField(getTranslation("platform.form.operator"));
    final JurisdictionPicker homeJurisdiction;

    PlatformForm(JurisdictionService jurisdictions) {
        super(Platform.class);
        homeJurisdiction = new JurisdictionPicker(getTranslation("platform.form.home"), jurisdictions);
        homeJurisdiction.setHelperText(getTranslation("platform.form.home.helper"));
        TextLimit.apply(name, Platform.NAME_MAX);
        aliases.setHelperText(getTranslation("platform.form.aliases.helper"));
        TextLimit.apply(operatorCompany, Platform.OPERATOR_MAX);
        binder.forField(aliases).withConverter(new LinesConverter()).bind("aliases");
        binder.bindInstanceFields(this);
        fields.add(name, aliases, operatorCompany, homeJurisdiction);
    }

    /** One alias per line in the text area, a set of aliases in the entity. */
    private static final class LinesConverter implements Converter<String, Set<String>> {

        @Override
        public Result<Set<String>> convertToModel(String text, com.vaadin.flow.data.binder.ValueContext context) {
            return Result.ok(text.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }

        @Override
        public String convertToPresentation(Set<String> aliases, com.vaadin.flow.data.binder.ValueContext context) {
            return aliases == null ? "" : String.join("\n", aliases);
        }
    }
}
