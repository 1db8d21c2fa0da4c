package org.sovereigntywatch.notification;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Whether this server can send e-mail, and what its mails say about it. Spring Boot makes a mail sender only when
 * {@code spring.mail.host} is set; without one the app runs with in-app notifications only, and says so at start-up
 * and on each user's e-mail settings.
 */
@Component
class MailSetup {

    private static final Logger log = LoggerFactory.getLogger(MailSetup.class);

    private final @Nullable JavaMailSender sender;
    private final String from;
    private final String linkBase;

    MailSetup(ObjectProvider<JavaMailSender> sender,
              @Value("${sovereigntywatch.mail.from}") String from,
              @Value("${sovereigntywatch.mail.link-base}") String linkBase) {
        this.sender = sender.getIfAvailable();
        this.from = from;
        // Links are written as linkBase + "/concerns/42": one slash, whatever the setting ends with.
        this.linkBase = linkBase.replaceAll("/+$", "");
        if (this.sender == null) {
            log.info("E-mail is not set up (no spring.mail.host): notifications are shown in the app only");
        } else {
            log.info("E-mail notifications are on; their links start with {}", this.linkBase);
        }
    }

    boolean isOn() {
        return sender != null;
    }

    Optional<JavaMailSender> sender() {
        return Optional.ofNullable(sender);
    }

    /** The sender address, such as {@code Sovereignty Watch <watch@example.org>}. */
    String from() {
        return from;
    }

    /** The address of the app as its users reach it, links in mails start with it. */
    String link(String path) {
        return linkBase + "/" + path;
    }
}
