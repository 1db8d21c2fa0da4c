package org.sovereigntywatch.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ledger that shows no acknowledged write was lost: for each concern, the titles the script sent and the last one
 * the application confirmed ("Saved"). After the run the database must hold, for every concern, the last confirmed
 * title or one sent after it (a save that reached the database but whose answer was lost with its node is not a
 * loss). Each concern is edited by one virtual user only, so the order is that user's.
 */
final class SavedTitles {

    private record Sent(List<String> titles, String acknowledged) {
    }

    private final Map<Long, Sent> byConcern = new ConcurrentHashMap<>();

    void sent(long concern, String title) {
        byConcern.compute(concern, (id, sent) -> {
            List<String> titles = new ArrayList<>(sent == null ? List.of() : sent.titles());
            titles.add(title);
            return new Sent(titles, sent == null ? null : sent.acknowledged());
        });
    }

    void acknowledged(long concern, String title) {
        byConcern.computeIfPresent(concern, (id, sent) -> new Sent(sent.titles(), title));
    }

    /** Checks the database and says what it found; the number of lost writes. */
    long check(String url) {
        long acknowledged = 0;
        long lost = 0;
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement title = connection.prepareStatement("select title from concern where id = ?")) {
            for (Map.Entry<Long, Sent> entry : byConcern.entrySet()) {
                Sent sent = entry.getValue();
                if (sent.acknowledged() == null) {
                    continue;
                }
                acknowledged++;
                title.setLong(1, entry.getKey());
                try (ResultSet row = title.executeQuery()) {
                    String stored = row.next() ? row.getString(1) : null;
                    List<String> allowed = sent.titles().subList(sent.titles().lastIndexOf(sent.acknowledged()),
                            sent.titles().size());
                    if (!allowed.contains(stored)) {
                        lost++;
                        System.out.printf("LOST: concern %d holds \"%s\", last acknowledged \"%s\"%n", entry.getKey(),
                                stored, sent.acknowledged());
                    }
                }
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot check the saved titles in " + url, failure);
        }
        System.out.printf("Acknowledged writes: %d concerns saved and confirmed; %d lost%n", acknowledged, lost);
        return lost;
    }
}
