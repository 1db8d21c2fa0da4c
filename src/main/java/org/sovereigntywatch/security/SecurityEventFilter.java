package org.sovereigntywatch.security;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FilterWords;

import java.time.Instant;

/**
 * What the security log is filtered by; every part is optional. Start from {@link #ALL} and narrow it with the
 * {@code with…} methods.
 *
 * @param user   a username, matched exactly (ignoring case and spaces around it) as the actor or the subject
 * @param from   events at or after this instant
 * @param before events before this instant
 * @param text   words in the detail, the usernames or the address, ignoring case
 */
public record SecurityEventFilter(@Nullable SecurityEventType type, String user, @Nullable Instant from,
                                  @Nullable Instant before, String text) {

    public static final SecurityEventFilter ALL = new SecurityEventFilter(null, "", null, null, "");

    public SecurityEventFilter {
        user = user.strip().toLowerCase();
        text = text.strip().toLowerCase();
    }

    public SecurityEventFilter withType(@Nullable SecurityEventType value) {
        return new SecurityEventFilter(value, user, from, before, text);
    }

    public SecurityEventFilter withUser(String username) {
        return new SecurityEventFilter(type, username, from, before, text);
    }

    public SecurityEventFilter between(@Nullable Instant first, @Nullable Instant end) {
        return new SecurityEventFilter(type, user, first, end, text);
    }

    public SecurityEventFilter withText(String words) {
        return new SecurityEventFilter(type, user, from, before, words);
    }

    /** The filter in words, for the log's own note of an export. */
    public String inWords() {
        return new FilterWords().one("type", type).one("user", user).range("time", from, before).text("text", text)
                .toString();
    }
}
