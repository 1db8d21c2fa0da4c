package org.sovereigntywatch.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.base.ui.BrowserTime;
import org.sovereigntywatch.base.ui.Notifications;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.ui.ConcernEditorView;
import org.sovereigntywatch.notification.NotificationLine;
import org.sovereigntywatch.notification.NotificationPaths;
import org.sovereigntywatch.notification.NotificationService;
import org.sovereigntywatch.timeline.ui.MeasureEditorView;

import java.util.NoSuchElementException;

/**
 * The signed-in user's notifications, newest first, in a lazy grid: what happened, the comment that came with it,
 * when. Opening one marks it read and goes to its item; "Mark all read" clears the bell.
 */
@Route(NotificationPaths.LIST)
@Menu(order = 34, title = "notification.title", icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends Div implements TitledView, AfterNavigationObserver {

    final Grid<NotificationLine> grid = new Grid<>();
    final Button markAllRead = new Button(getTranslation("notification.mark-all-read"));
    final Button settings = new Button(getTranslation("notification.settings.link"),
            click -> getUI().ifPresent(ui -> ui.navigate(NotificationSettingsView.class)));
    private final NotificationService notifications;

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        markAllRead.addClickListener(click -> {
            int marked = notifications.markAllRead();
            Notifications.success(getTranslation("notification.marked-read", marked));
            grid.getDataProvider().refreshAll();
        });
        grid.addComponentColumn(this::message).setKey("message").setHeader(getTranslation("notification.what"))
                .setFlexGrow(1);
        grid.addColumn(line -> BrowserTime.format(line.at())).setHeader(getTranslation("notification.when"))
                .setWidth("11rem").setFlexGrow(0);
        grid.addComponentColumn(this::readButton).setKey("read").setWidth("10rem").setFlexGrow(0);
        grid.setPartNameGenerator(line -> line.read() ? null : "unread");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> notifications.list(query.getOffset(), query.getLimit()).stream(),
                query -> (int) notifications.count());
        grid.setEmptyStateText(getTranslation("notification.empty"));
        grid.setSizeFull();
        addClassName("register-view");
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new ViewToolbar(getTranslation("notification.title"), settings, markAllRead), grid);
    }

    private Component message(NotificationLine line) {
        Div cell = new Div();
        cell.addClassName("notification-line");
        if (!line.read()) {
            cell.addClassName("notification-unread");
        }
        String text = Translations.text(line.message());
        if (line.shown()) {
            Button open = new Button(text, click -> open(line));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            cell.add(open);
        } else {
            cell.add(new Span(text));
        }
        if (line.detail() != null) {
            Span detail = new Span(line.detail());
            detail.addClassName("notification-detail");
            cell.add(detail);
        }
        return cell;
    }

    private Component readButton(NotificationLine line) {
        if (line.read()) {
            return new Span();
        }
        Button read = new Button(getTranslation("notification.mark-read"), click -> {
            markRead(line);
            grid.getDataProvider().refreshAll();
        });
        read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return read;
    }

    /** Marks the notification read and opens its item's page. */
    void open(NotificationLine line) {
        markRead(line);
        if (line.itemKind() != null && line.itemId() != null) {
            Class<? extends Component> page = ConcernService.KIND.equals(line.itemKind())
                    ? ConcernEditorView.class : MeasureEditorView.class;
            getUI().ifPresent(ui -> ui.navigate(page, new RouteParameters("id", String.valueOf(line.itemId()))));
        }
    }

    private void markRead(NotificationLine line) {
        if (!line.read()) {
            try {
                notifications.markRead(line.id());
            } catch (NoSuchElementException gone) {
                // Deleted by the 90-day clean-up since the page was shown: nothing left to mark.
            }
        }
    }

    /** Reads the list again at each visit, as the bell does: a notification written since shows at once. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String titleKey() {
        return "notification.title";
    }
}
