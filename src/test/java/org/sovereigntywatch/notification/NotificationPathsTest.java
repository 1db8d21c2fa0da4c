package org.sovereigntywatch.notification;

import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.ui.ConcernEditorView;
import org.sovereigntywatch.notification.ui.NotificationSettingsView;
import org.sovereigntywatch.notification.ui.NotificationsView;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.ui.MeasureEditorView;

import static org.assertj.core.api.Assertions.assertThat;

/** The links in mails reach the pages the router serves: each path is its view's route, with the item's id. */
class NotificationPathsTest {

    @Test
    void each_path_is_its_views_route() {
        assertThat(NotificationPaths.LIST).isEqualTo(route(NotificationsView.class));
        assertThat(NotificationPaths.SETTINGS).isEqualTo(route(NotificationSettingsView.class));
        assertThat(NotificationPaths.item(ConcernService.KIND, 42))
                .isEqualTo(route(ConcernEditorView.class).replace(":id", "42"));
        assertThat(NotificationPaths.item(MeasureService.KIND, 42))
                .isEqualTo(route(MeasureEditorView.class).replace(":id", "42"));
    }

    private static String route(Class<?> view) {
        return view.getAnnotation(Route.class).value();
    }
}
