package org.sovereigntywatch.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/** The watch table: what each user watches, by type and id. */
@Repository
class WatchStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    WatchStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean watches(long userId, WatchTarget target, long id) {
        return jdbc.sql("select count(*) from watch where user_id = :user and target_type = :type and target_id = :id")
                .param("user", userId).param("type", target.name()).param("id", id)
                .query(Long.class).single() > 0;
    }

    /** Adds a watch; nothing if the user already watches it. */
    void add(long userId, WatchTarget target, long id) {
        jdbc.sql("""
                        insert into watch (user_id, target_type, target_id, created_at)
                        select :user, :type, :id, :now from (values (1)) as one_row (n)
                        where not exists (select 1 from watch
                                          where user_id = :user and target_type = :type and target_id = :id)""")
                .param("user", userId).param("type", target.name()).param("id", id)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).update();
    }

    void remove(long userId, WatchTarget target, long id) {
        jdbc.sql("delete from watch where user_id = :user and target_type = :type and target_id = :id")
                .param("user", userId).param("type", target.name()).param("id", id).update();
    }

    /** The ids of what the user watches of this type. */
    List<Long> watched(long userId, WatchTarget target) {
        return jdbc.sql("select target_id from watch where user_id = :user and target_type = :type")
                .param("user", userId).param("type", target.name()).query(Long.class).list();
    }
}
