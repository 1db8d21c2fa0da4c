package org.sovereigntywatch.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.base.ui.EmailAddressField;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.notification.Delivery;
import org.sovereigntywatch.notification.NotificationPaths;
import org.sovereigntywatch.notification.NotificationReason;
import org.sovereigntywatch.notification.NotificationService;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.UserService;

import java.util.EnumMap;
import java.util.Map;

/**
 * How the signed-in user hears of each kind of notification: in the app only, an e-mail at once, or a daily digest,
 * and the address mails go to. A server without SMTP says so here and offers no choice.
 */
@Route(NotificationPaths.SETTINGS)
@PermitAll
public class NotificationSettingsView extends Div implements TitledView {

    final EmailAddressField address =
            new EmailAddressField(getTranslation("notification.settings.address"), AppUser.EMAIL_MAX);
    final Button saveAddress = new Button(getTranslation("notification.settings.address.save"));
    final Map<NotificationReason, Select<Delivery>> deliveries = new EnumMap<>(NotificationReason.class);
    private final NotificationService notifications;
    private final UserService users;

    NotificationSettingsView(NotificationService notifications, UserService users) {
        this.notifications = notifications;
        this.users = users;
        addClassName("account-view");
        add(new ViewToolbar(getTranslation("notification.settings.title")));
        if (!notifications.mailIsOn()) {
            Paragraph off = new Paragraph(getTranslation("notification.settings.mail-off"));
            off.addClassName("mail-off");
            add(off);
            return;
        }
        add(new Paragraph(getTranslation("notification.settings.intro")));
        address.setWidth("24rem");
        address.setValue(users.ownEmail().orElse(""));
        saveAddress.addClickListener(click -> saveAddress());
        HorizontalLayout addressRow = new HorizontalLayout(address, saveAddress);
        addressRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(addressRow);

        FormLayout choices = new FormLayout();
        notifications.deliveries().forEach((reason, delivery) -> {
            Select<Delivery> select = new Select<>();
            select.setLabel(Translations.label(reason));
            select.setItems(Delivery.values());
            select.setItemLabelGenerator(Translations::label);
            select.setValue(delivery);
            // From the client only: putting back a refused choice must not save it again.
            select.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    choose(reason, select, change.getOldValue());
                }
            });
            deliveries.put(reason, select);
            choices.add(select);
        });
        add(choices);
        enableChoices();
    }

    private void saveAddress() {
        try {
            users.changeOwnEmail(address.getValue());
            address.setInvalid(false);
            Notifications.success(getTranslation(address.getValue().isBlank()
                    ? "notification.settings.address.removed" : "notification.settings.address.saved"));
            enableChoices();
        } catch (FieldErrorException refused) {
            address.setErrorMessage(Translations.text(refused.text()));
            address.setInvalid(true);
        }
    }

    private void choose(NotificationReason reason, Select<Delivery> select, Delivery before) {
        Delivery chosen = select.getValue();
        if (chosen == null || chosen == before) {
            return;
        }
        try {
            notifications.chooseDelivery(reason, chosen);
            Notifications.success(getTranslation("notification.settings.saved", Translations.label(reason),
                    Translations.label(chosen)));
        } catch (WorkflowException refused) {
            Notifications.error(Translations.text(refused.text()));
            select.setValue(before);
        }
    }

    /** E-mail choices need an address to go to: without one they are shown, unchangeable, and say why. */
    private void enableChoices() {
        boolean hasAddress = users.ownEmail().isPresent();
        deliveries.values().forEach(select -> {
            select.setEnabled(hasAddress);
            select.setHelperText(hasAddress ? null : getTranslation("notification.settings.no-address"));
        });
    }

    @Override
    public String titleKey() {
        return "notification.settings.title";
    }
}
