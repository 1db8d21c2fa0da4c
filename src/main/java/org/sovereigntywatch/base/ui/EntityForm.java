package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * An editor for one entity, beside a grid or on an item's page. It reads the entity that was loaded into its fields
 * and writes them back only when every field is valid, then fires a {@link SaveEvent} for the view to hand to the
 * service; the view answers a refused save with {@link #showFailure}. Because the loaded entity carries its version,
 * saving a stale copy fails instead of overwriting someone else's change.
 * <p>
 * Ctrl+Enter or ⌘+Enter saves ({@link SaveShortcut}); plain Enter belongs to the fields. Leaving the page with changes
 * not saved asks first.
 *
 * @param <T> the entity type
 */
public abstract class EntityForm<T> extends Composite<Div> implements BeforeLeaveObserver {

    /** The key of what a save with invalid fields says. */
    static final String NOT_SAVED_INVALID = "base.form.not-saved-invalid";

    protected final BeanValidationBinder<T> binder;
    protected final FormLayout fields = new FormLayout();
    protected final HorizontalLayout actions = new HorizontalLayout();
    private final H2 heading = new H2();
    private final Button save = new Button(getTranslation("common.save"));
    private final Button cancel = new Button(getTranslation("common.cancel"));
    private final List<ShortcutRegistration> saveShortcuts;
    private @Nullable T item;
    private boolean readOnly;
    /** The fields were written to the item, but the service refused to save it. */
    private boolean refused;

    protected EntityForm(Class<T> type) {
        binder = Binders.forBean(type);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        saveShortcuts = SaveShortcut.register(save, this);
        cancel.addClickListener(click -> {
            discardChanges();
            fireEvent(new CancelEvent<>(this));
        });
        actions.add(save, cancel);
        fields.setAutoResponsive(true);
        // Fields fill their column, and columns the form's width, instead of keeping a narrow default width.
        fields.setExpandColumns(true);
        fields.setExpandFields(true);
        // Beside a grid the form is narrow: one column reads better. Forms on a page of their own allow more.
        fields.setMaxColumns(1);
        getContent().addClassName("entity-form");
        getContent().add(heading, fields, actions);
    }

    /** Shows {@code entity} for editing, titled {@code title}. */
    public void edit(T entity, String title) {
        item = entity;
        refused = false;
        heading.setText(title);
        binder.readBean(entity);
        onEdit(entity);
    }

    /** Hook for subclasses whose fields depend on the entity (a field only editable while it is new). */
    protected void onEdit(T entity) {
    }

    /** Shows the item without letting it be changed (for users who may only read it); Cancel becomes Close. */
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        binder.setReadOnly(readOnly);
        save.setVisible(!readOnly);
        cancel.setText(getTranslation(readOnly ? "common.close" : "common.cancel"));
    }

    public @Nullable T getItem() {
        return item;
    }

    /** Shows why the service refused to save the item, next to the field concerned where there is one. */
    public void showFailure(RuntimeException failure) {
        refused = true;
        SaveFailure.show(binder, failure);
    }

    /** Names the save button's element, for scripts that drive the page (ids must be unique on a page). */
    public void setSaveButtonId(String id) {
        save.setId(id);
    }

    /** Whether the user changed something that is not saved: leaving the form now would lose it. */
    public boolean hasUnsavedChanges() {
        return item != null && !readOnly && isVisible() && (refused || binder.hasChanges());
    }

    /** Forgets the changes typed into the form (the user chose to leave without saving). */
    public void discardChanges() {
        if (item != null) {
            edit(item, heading.getText());
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (hasUnsavedChanges()) {
            BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("base.form.discard.header"));
            confirm.setText(getTranslation("base.form.discard.text"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("base.form.discard.stay"));
            confirm.setConfirmText(getTranslation("base.form.discard.confirm"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(discard -> {
                discardChanges();
                leave.proceed();
            });
            // Staying must end the postponed navigation too: the browser's router waits for it, and until then
            // ignores every link and menu click.
            confirm.addCancelListener(stay -> leave.cancel());
            confirm.open();
        }
    }

    /** The Ctrl+Enter and ⌘+Enter shortcuts that click Save. */
    List<ShortcutRegistration> saveShortcuts() {
        return saveShortcuts;
    }

    private void save() {
        if (item == null || !isValidBeyondBinder()) {
            return;
        }
        if (binder.writeBeanIfValid(item)) {
            // Set again by showFailure if the service refuses this save.
            refused = false;
            fireEvent(new SaveEvent<>(this, item));
        } else {
            pointAtInvalidField();
        }
    }

    /**
     * Says why nothing was saved and puts the cursor in the first field at fault: its message may be far above the
     * Save button (a long text area), out of sight.
     */
    private void pointAtInvalidField() {
        binder.validate().getFieldValidationErrors().stream().findFirst()
                .map(BindingValidationStatus::getField)
                .filter(Focusable.class::isInstance)
                .ifPresent(field -> ((Focusable<?>) field).focus());
        Notifications.error(getTranslation(NOT_SAVED_INVALID));
    }

    /** Hook for fields the binder does not own (a new user's password); mark them and return false to stop. */
    protected boolean isValidBeyondBinder() {
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addSaveListener(ComponentEventListener<SaveEvent<T>> listener) {
        return addListener(SaveEvent.class, (ComponentEventListener) listener);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addCancelListener(ComponentEventListener<CancelEvent<T>> listener) {
        return addListener(CancelEvent.class, (ComponentEventListener) listener);
    }

    /** The user asked to save; every field was valid and has been written to {@link #item()}. */
    public static final class SaveEvent<T> extends ComponentEvent<EntityForm<T>> {

        private final T item;

        SaveEvent(EntityForm<T> source, T item) {
            super(source, false);
            this.item = item;
        }

        public T item() {
            return item;
        }
    }

    /** The user closed the form without saving. */
    public static final class CancelEvent<T> extends ComponentEvent<EntityForm<T>> {

        CancelEvent(EntityForm<T> source) {
            super(source, false);
        }
    }
}
