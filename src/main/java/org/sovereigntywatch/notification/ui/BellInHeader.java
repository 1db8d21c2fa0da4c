package org.sovereigntywatch.notification.ui;

import com.vaadin.flow.component.Component;
import org.sovereigntywatch.base.ui.NavbarItem;
import org.sovereigntywatch.notification.NotificationService;
import org.sovereigntywatch.notification.UnreadSignals;
import org.sovereigntywatch.security.CurrentUser;

import java.util.Optional;

/** Puts the {@link NotificationBell} in the shell's header for whoever is signed in with a role. */
@org.springframework.stereotype.Component
class BellInHeader implements NavbarItem {

    private final NotificationService notifications;
    private final UnreadSignals signals;
    private final CurrentUser currentUser;

    BellInHeader(NotificationService notifications, UnreadSignals signals, CurrentUser currentUser) {
        this.notifications = notifications;
        this.signals = signals;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> build() {
        return currentUser.get().filter(user -> !user.getAuthorities().isEmpty())
                .map(user -> new NotificationBell(notifications, signals, user.getUserId()));
    }
}
