package org.sovereigntywatch.base.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;

/**
 * Binders as every form here uses them: Bean Validation, required markers on {@code @NotBlank} fields too, and change
 * detection, so a field changed back to what was loaded no longer counts as an unsaved change.
 */
public final class Binders {

    private Binders() {
    }

    public static <T> BeanValidationBinder<T> forBean(Class<T> type) {
        BeanValidationBinder<T> binder = new BeanValidationBinder<>(type);
        // By default only @NotNull, @NotEmpty and @Size(min > 0) fields are marked as required.
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT
                .chain((annotation, binding) -> annotation.annotationType().equals(NotBlank.class)));
        binder.setChangeDetectionEnabled(true);
        return binder;
    }
}
