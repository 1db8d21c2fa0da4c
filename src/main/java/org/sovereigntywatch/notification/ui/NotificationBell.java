package org.sovereigntywatch.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.notification.NotificationService;
import org.sovereigntywatch.notification.UnreadSignals;
import org.sovereigntywatch.notification.UnreadSignals.UnreadCount;

import java.util.ArrayList;
import java.util.List;

/**
 * The bell in the header: the signed-in user's unread count, updated as it changes (the server pushes it: see
 * {@link UnreadSignals}) and at every navigation; a click opens the notifications page.
 */
public class NotificationBell extends Button {

    private final Span count = new Span();
    private final NotificationService notifications;
    private final UnreadSignals signals;
    private final long userId;
    private final List<Registration> registrations = new ArrayList<>();
    /** The count on show, so a count read earlier and arriving late does not replace it. */
    private @Nullable UnreadCount shown;

    NotificationBell(NotificationService notifications, UnreadSignals signals, long userId) {
        super(VaadinIcon.BELL.create());
        this.notifications = notifications;
        this.signals = signals;
        this.userId = userId;
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("app-bell");
        count.addClassName("app-bell-count");
        getElement().appendChild(count.getElement());
        addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        showCurrent();
        registrations.add(ui.addAfterNavigationListener(navigation -> showCurrent()));
        registrations.add(signals.listen(userId, unread -> ui.access(() -> show(unread))));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    /** Reads the count now and shows it. */
    private void showCurrent() {
        show(signals.read(notifications::unreadCount));
    }

    /**
     * Shows the number of unread notifications, the figure on the bell and the words a screen reader says, unless a
     * count read later is on show already.
     */
    void show(UnreadCount unread) {
        if (unread.readAfter(shown)) {
            shown = unread;
            show(unread.count());
        }
    }

    private void show(long unread) {
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        String label = getTranslation("notification.bell", unread);
        setAriaLabel(label);
        setTooltipText(label);
    }

    /** The figure the bell shows, empty for none: for tests. */
    @Nullable
    String shownCount() {
        return count.isVisible() ? count.getText() : null;
    }
}
