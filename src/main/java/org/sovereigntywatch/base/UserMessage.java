package org.sovereigntywatch.base;

/**
 * An exception whose message is meant for the user: it keeps the message as a {@link Text}, so the UI shows it in the
 * user's language. Its {@code getMessage()} gives the key and arguments, for the log.
 */
public interface UserMessage {

    Text text();
}
