package org.sovereigntywatch.notification;

import org.sovereigntywatch.base.TextRules;
import org.sovereigntywatch.base.Texts;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * What notification mails say: plain text, short, in the recipient's language, each line with a link back to its
 * item. The lines come as the recipient may see their items at sending time, so a mail about an item they may no
 * longer see says only that, with no title, comment or link to it.
 */
@Component
class NotificationMails {

    /** A digest lists this many lines, then says how many more wait on the notifications page. */
    static final int DIGEST_LINES = 50;
    /** A comment quoted in a mail is cut to this many characters: the page has the whole of it. */
    static final int QUOTE_MAX = 300;

    private final MailSetup setup;

    NotificationMails(MailSetup setup) {
        this.setup = setup;
    }

    /** The mail sent at once for one notification. */
    SimpleMailMessage instant(String to, Locale locale, NotificationLine line) {
        String message = Texts.format(locale, line.message());
        StringBuilder body = new StringBuilder(message).append('\n');
        appendDetailAndLink(body, locale, line, "");
        body.append("\n-- \n").append(Texts.format(locale, "mail.footer.instant",
                Texts.label(locale, line.reason()), setup.link(NotificationPaths.SETTINGS)));
        return mail(to, Texts.format(locale, "mail.instant.subject", shortened(message, 120)), body);
    }

    /** The day's digest: every line, oldest first, up to {@value #DIGEST_LINES}. */
    SimpleMailMessage digest(String to, Locale locale, List<NotificationLine> lines) {
        StringBuilder body = new StringBuilder(Texts.format(locale, "mail.digest.intro")).append("\n\n");
        for (NotificationLine line : lines.subList(0, Math.min(lines.size(), DIGEST_LINES))) {
            body.append("- ").append(Texts.format(locale, line.message())).append('\n');
            appendDetailAndLink(body, locale, line, "  ");
            body.append('\n');
        }
        if (lines.size() > DIGEST_LINES) {
            body.append(Texts.format(locale, "mail.digest.more", lines.size() - DIGEST_LINES,
                    setup.link(NotificationPaths.LIST))).append("\n\n");
        }
        body.append("-- \n").append(Texts.format(locale, "mail.footer.digest", setup.link(NotificationPaths.SETTINGS)));
        return mail(to, Texts.format(locale, "mail.digest.subject", lines.size()), body);
    }

    private void appendDetailAndLink(StringBuilder body, Locale locale, NotificationLine line, String indent) {
        if (line.detail() != null && line.shown()) {
            body.append(indent).append(Texts.format(locale, "mail.quote", shortened(line.detail(), QUOTE_MAX)))
                    .append('\n');
        }
        String link = line.shown() && line.itemId() != null
                ? setup.link(NotificationPaths.item(line.itemKind(), line.itemId()))
                : setup.link(NotificationPaths.LIST);
        body.append(indent).append(link).append('\n');
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : TextRules.cut(text, max - 1).stripTrailing() + "…";
    }

    private SimpleMailMessage mail(String to, String subject, StringBuilder body) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(setup.from());
        mail.setTo(to);
        mail.setSubject(subject);
        mail.setText(body.toString());
        return mail;
    }
}
