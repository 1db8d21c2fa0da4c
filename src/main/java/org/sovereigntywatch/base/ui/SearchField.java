package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** A free-text filter that runs {@code onChange} shortly after the user stops typing. */
public class SearchField extends TextField {

    public SearchField(String placeholder, Runnable onChange) {
        setPlaceholder(placeholder);
        setAriaLabel(placeholder);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setValueChangeMode(ValueChangeMode.LAZY);
        setClearButtonVisible(true);
        addValueChangeListener(change -> onChange.run());
    }
}
