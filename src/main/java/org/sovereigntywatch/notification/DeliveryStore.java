package org.sovereigntywatch.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.EnumMap;
import java.util.Map;

/** Each user's choice of delivery per reason; a reason with no row is in-app only. */
@Repository
class DeliveryStore {

    private final JdbcClient jdbc;

    DeliveryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's choice for every reason. */
    Map<NotificationReason, Delivery> choices(long userId) {
        Map<NotificationReason, Delivery> choices = new EnumMap<>(NotificationReason.class);
        for (NotificationReason reason : NotificationReason.values()) {
            choices.put(reason, Delivery.IN_APP);
        }
        jdbc.sql("select reason, delivery from notification_delivery where user_id = :user").param("user", userId)
                .query((row, number) -> choices.put(NotificationReason.valueOf(row.getString("reason")),
                        Delivery.valueOf(row.getString("delivery"))))
                .list();
        return choices;
    }

    void choose(long userId, NotificationReason reason, Delivery delivery) {
        jdbc.sql("delete from notification_delivery where user_id = :user and reason = :reason")
                .param("user", userId).param("reason", reason.name()).update();
        if (delivery != Delivery.IN_APP) {
            jdbc.sql("insert into notification_delivery (user_id, reason, delivery) values (:user, :reason, :delivery)")
                    .param("user", userId).param("reason", reason.name()).param("delivery", delivery.name())
                    .update();
        }
    }
}
