package org.sovereigntywatch.notification;

/** How a user hears of notifications given for one reason; each user chooses per reason, in-app only by default. */
public enum Delivery {
    /** In the app only: the bell and the notifications page. */
    IN_APP,
    /** In the app, and an e-mail within a minute. */
    INSTANT,
    /** In the app, and in one e-mail a day listing what came. */
    DIGEST
}
