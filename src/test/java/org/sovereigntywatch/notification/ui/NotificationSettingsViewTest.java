package org.sovereigntywatch.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.MailServerTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.notification.Delivery;
import org.sovereigntywatch.notification.NotificationReason;
import org.sovereigntywatch.notification.NotificationService;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mail settings page on a server that sends mail: an address first, then a choice per reason, each kept as
 * soon as it is made.
 */
class NotificationSettingsViewTest extends MailServerTest {

    @Autowired TestRecords records;
    @Autowired RunAs runAs;
    @Autowired UserService users;
    @Autowired NotificationService notifications;

    @Test
    void an_analyst_gives_an_address_then_chooses_an_email_at_once_for_returns_and_a_digest_for_comments() {
        String analyst = records.userCovering(Role.ANALYST, "US");
        login(analyst);
        UI.getCurrent().navigate(NotificationSettingsView.class);
        NotificationSettingsView view = _get(NotificationSettingsView.class);

        Select<Delivery> returns = view.deliveries.get(NotificationReason.RETURNED);
        assertThat(returns.getLabel()).isEqualTo("Returned to draft");
        assertThat(returns.getValue()).isEqualTo(Delivery.IN_APP);
        assertThat(returns.isEnabled()).as("no address yet").isFalse();
        assertThat(returns.getHelperText()).isEqualTo("Give your e-mail address to choose e-mails.");

        _setValue(view.address, "not an address");
        _click(view.saveAddress);
        assertThat(view.address.isInvalid()).isTrue();
        assertThat(view.address.getErrorMessage()).isEqualTo("Enter an e-mail address such as name@example.org");
        assertThat(as(analyst, users::ownEmail)).isEmpty();

        _setValue(view.address, " " + analyst + "@example.org ");
        _click(view.saveAddress);
        assertThat(view.address.isInvalid()).isFalse();
        assertThat(returns.isEnabled()).isTrue();
        _setValue(returns, Delivery.INSTANT);
        _setValue(view.deliveries.get(NotificationReason.COMMENTED), Delivery.DIGEST);

        assertThat(as(analyst, users::ownEmail)).contains(analyst + "@example.org");
        assertThat(as(analyst, notifications::deliveries))
                .containsEntry(NotificationReason.RETURNED, Delivery.INSTANT)
                .containsEntry(NotificationReason.COMMENTED, Delivery.DIGEST)
                .containsEntry(NotificationReason.PUBLISHED, Delivery.IN_APP);
    }

    @Test
    void a_french_analyst_reads_the_email_settings_wholly_in_french() {
        String analyst = records.userCovering(Role.ANALYST, "US");
        login(analyst);
        browserPrefers(Locale.FRANCE);
        UI.getCurrent().navigate(NotificationSettingsView.class);
        NotificationSettingsView view = _get(NotificationSettingsView.class);

        assertThat(view.address.getLabel()).isEqualTo("Votre adresse e-mail");
        Select<Delivery> returns = view.deliveries.get(NotificationReason.RETURNED);
        assertThat(returns.getLabel()).isEqualTo("Renvoyé en brouillon");
        assertThat(returns.getItemLabelGenerator().apply(Delivery.DIGEST)).isEqualTo("Récapitulatif quotidien");
        assertThat(returns.getHelperText()).isEqualTo("Indiquez votre adresse e-mail pour choisir des e-mails.");
        ShownTexts.assertReadsInFrench();

        _setValue(view.address, "pas une adresse");
        _click(view.saveAddress);
        assertThat(view.address.getErrorMessage()).isEqualTo("Saisissez une adresse e-mail comme nom@exemple.org");
        ShownTexts.assertReadsInFrench();
    }

    /** The user's own view of their settings, read on another thread: inside the signed-in UI, RunAs is not theirs. */
    private <T> T as(String username, Supplier<T> work) {
        return CompletableFuture.supplyAsync(() -> runAs.user(username, work)).join();
    }
}
