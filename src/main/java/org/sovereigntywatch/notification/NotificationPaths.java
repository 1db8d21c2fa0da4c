package org.sovereigntywatch.notification;

import org.sovereigntywatch.concern.ConcernService;

/**
 * The pages a notification mail links to, by their paths in the app. A mail is written away from any browser, where
 * Vaadin's router cannot say them; {@code NotificationPathsTest} holds these to the views' routes.
 */
public final class NotificationPaths {

    /** The notifications page. */
    public static final String LIST = "notifications";
    /** The page where a user chooses how to hear of each kind of notification. */
    public static final String SETTINGS = "notifications/settings";

    private NotificationPaths() {
    }

    /** The page of a concern or a measure. */
    static String item(String kind, long id) {
        return (ConcernService.KIND.equals(kind) ? "concerns/" : "measures/") + id;
    }
}
