package org.sovereigntywatch.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.MailServerTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Notifications by e-mail, delivered to an SMTP server in the test (GreenMail): an e-mail at once, a daily digest in
 * the recipient's language, nothing of an item the recipient may no longer see, nothing for what was read in the app
 * already, and nothing lost while the mail server is down. Its own application context and database, as the app with
 * SMTP set up.
 */
class NotificationMailTest extends MailServerTest {

    @Autowired TestRecords records;
    @Autowired RunAs runAs;
    @Autowired ConcernService concerns;
    @Autowired UserService users;
    @Autowired NotificationService notifications;
    @Autowired NotificationMailer mailer;
    @Autowired NotificationStore store;
    @Autowired WebApplicationContext context;

    private Platform platform;

    @BeforeEach
    void anEmptyQueueAndMailbox() throws Exception {
        platform = records.newPlatform();
        mailer.sendInstant();
        mailer.sendDigests();
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void a_return_to_draft_is_mailed_at_once_with_the_comment_and_a_link_and_only_once() throws Exception {
        String owner = anOwnerMailedAtOnceOfReturns();
        Concern submitted = submittedConcernOwnedBy(owner);

        returnToDraft(submitted, "Cite the court order.");
        assertThat(mailsSentBy(mailer::sendInstant)).isEqualTo(1);

        MimeMessage mail = onlyMailTo(owner);
        String body = body(mail);
        assertThat(subject(mail)).startsWith("Sovereignty Watch: ").contains("returned", submitted.getTitle());
        assertThat(body).contains("returned “" + submitted.getTitle() + "” to draft", "“Cite the court order.”",
                "https://watch.example.org/concerns/" + submitted.getId(),
                "“Returned to draft”", "https://watch.example.org/notifications/settings");
        assertThat(mail.getContentType()).startsWith("text/plain");

        assertThat(mailsSentBy(mailer::sendInstant)).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_daily_digest_lists_the_days_notifications_in_the_recipients_language_in_one_mail() throws Exception {
        String owner = withAddress(records.userCovering(Role.ANALYST, "US"), Map.of(
                NotificationReason.COMMENTED, Delivery.DIGEST, NotificationReason.RETURNED, Delivery.DIGEST,
                NotificationReason.PUBLISHED, Delivery.INSTANT));
        as(owner, () -> {
            users.changeOwnLocale(Locale.FRANCE);
            return null;
        });
        Concern submitted = submittedConcernOwnedBy(owner);
        as("reviewer", () -> concerns.comment(submitted.getId(), "Quel tribunal ?"));
        Concern returned = returnToDraft(submitted, "Citez la décision.");

        assertThat(mailsSentBy(mailer::sendInstant)).as("digest notifications wait for the digest").isZero();
        assertThat(mailsSentBy(mailer::sendDigests)).isEqualTo(1);

        MimeMessage digest = onlyMailTo(owner);
        assertThat(subject(digest)).isEqualTo("Récapitulatif Sovereignty Watch : 2 notifications");
        String body = body(digest);
        assertThat(body).contains("Vos notifications depuis le dernier récapitulatif",
                "a commenté « " + returned.getTitle(), "« Quel tribunal ? »",
                "a renvoyé « " + returned.getTitle() + " » en brouillon", "« Citez la décision. »",
                "https://watch.example.org/concerns/" + returned.getId());
        assertThat(body.indexOf("Quel tribunal")).as("oldest first").isLessThan(body.indexOf("Citez la"));
        assertThat(mailsSentBy(mailer::sendDigests)).isZero();
    }

    @Test
    void who_chose_no_language_is_mailed_in_that_of_the_browser_they_last_signed_in_from() throws Exception {
        String owner = anOwnerMailedAtOnceOfReturns();

        signIn(owner, "fr-CA,fr;q=0.9,en;q=0.5");
        returnToDraft(submittedConcernOwnedBy(owner), "Citez la décision.");
        assertThat(mailsSentBy(mailer::sendInstant)).isEqualTo(1);
        assertThat(subject(onlyMailTo(owner))).startsWith("Sovereignty Watch : ");
        smtp.purgeEmailFromAllMailboxes();

        signIn(owner, "en-US,en;q=0.9");
        returnToDraft(submittedConcernOwnedBy(owner), "Cite the ruling.");
        assertThat(mailsSentBy(mailer::sendInstant)).isEqualTo(1);
        assertThat(subject(onlyMailTo(owner))).startsWith("Sovereignty Watch: ");
    }

    @Test
    void a_mail_about_an_item_the_recipient_may_no_longer_see_says_nothing_of_it() throws Exception {
        String viewer = withAddress(records.userCovering(Role.VIEWER, "US"), Map.of(
                NotificationReason.WATCHED_PUBLISHED, Delivery.INSTANT));
        // A draft is the analysts' and reviewers' alone: a viewer may not see it, whatever they were told before.
        Concern draft = records.create(records.newConcern(platform, "US", 2, 2));
        store.notify(Notice.of(NotificationReason.WATCHED_PUBLISHED, ConcernService.KIND, draft.getId(), "analyst"),
                "u.username = :username", Map.of("username", viewer));

        assertThat(mailsSentBy(mailer::sendInstant)).isEqualTo(1);

        MimeMessage mail = onlyMailTo(viewer);
        String text = subject(mail) + body(mail);
        assertThat(text).contains("an item you may no longer see", "https://watch.example.org/notifications")
                .doesNotContain(draft.getTitle(), "/concerns/");
    }

    @Test
    void what_was_read_in_the_app_before_its_mail_went_is_not_mailed() throws Exception {
        String owner = anOwnerMailedAtOnceOfReturns();
        Concern submitted = submittedConcernOwnedBy(owner);
        returnToDraft(submitted, "No.");
        as(owner, notifications::markAllRead);

        assertThat(mailsSentBy(mailer::sendInstant)).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void mails_the_server_cannot_take_wait_for_the_next_run() throws Exception {
        String owner = anOwnerMailedAtOnceOfReturns();
        Concern submitted = submittedConcernOwnedBy(owner);
        returnToDraft(submitted, "No.");

        smtp.stop();
        try {
            mailer.sendInstant();
        } finally {
            smtp.start();
        }
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(mailsSentBy(mailer::sendInstant)).isEqualTo(1);
        assertThat(onlyMailTo(owner).getSubject()).contains(submitted.getTitle());
    }

    @Test
    void without_an_address_nothing_is_mailed_and_mail_cannot_be_chosen() throws Exception {
        String owner = records.userCovering(Role.ANALYST, "US");
        assertThatThrownBy(() -> as(owner, () -> {
            notifications.chooseDelivery(NotificationReason.RETURNED, Delivery.INSTANT);
            return null;
        })).isInstanceOf(WorkflowException.class).hasMessageContaining("notification.delivery.no-address");

        String formerlyMailed = anOwnerMailedAtOnceOfReturns();
        as(formerlyMailed, () -> {
            users.changeOwnEmail(" ");
            return null;
        });
        Concern submitted = submittedConcernOwnedBy(formerlyMailed);
        returnToDraft(submitted, "No.");

        assertThat(mailsSentBy(mailer::sendInstant)).isZero();
        assertThat(as(formerlyMailed, notifications::unreadCount)).as("still told in the app").isEqualTo(1);
    }

    // --- helpers ---

    /** Gives the user an address and these choices, as they would on their e-mail settings page. */
    private String withAddress(String username, Map<NotificationReason, Delivery> choices) {
        as(username, () -> {
            users.changeOwnEmail(address(username));
            choices.forEach(notifications::chooseDelivery);
            return null;
        });
        return username;
    }

    private String anOwnerMailedAtOnceOfReturns() {
        return withAddress(records.userCovering(Role.ANALYST, "US"),
                Map.of(NotificationReason.RETURNED, Delivery.INSTANT));
    }

    /** Signs the user in through the security filter chain, as the sign-in form does, from such a browser. */
    private void signIn(String username, String acceptLanguage) throws Exception {
        MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build()
                .perform(post("/login").param("username", username).param("password", TestRecords.PASSWORD)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage).with(csrf()))
                .andExpect(authenticated().withUsername(username));
    }

    /** The reviewer returns the concern to draft with this comment. */
    private Concern returnToDraft(Concern submitted, String comment) {
        return as("reviewer", () -> concerns.move(submitted.getId(), submitted.getVersion(), PublicationState.DRAFT,
                comment));
    }

    private Concern submittedConcernOwnedBy(String owner) {
        Concern concern = records.newConcern(platform, "US", 3, 3);
        concern.setOwner(as("admin", () -> users.findByUsername(owner).orElseThrow()));
        Concern draft = records.create(concern);
        return as("analyst", () -> concerns.move(draft.getId(), draft.getVersion(), PublicationState.IN_REVIEW, null));
    }

    /** How many mails the server received while the job ran. */
    private static int mailsSentBy(Runnable job) {
        int before = smtp.getReceivedMessages().length;
        job.run();
        return smtp.getReceivedMessages().length - before;
    }

    private MimeMessage onlyMailTo(String username) throws MessagingException {
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(Arrays.stream(received[0].getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly(address(username));
        return received[0];
    }

    private static String subject(MimeMessage mail) throws MessagingException {
        return mail.getSubject();
    }

    private static String body(MimeMessage mail) throws MessagingException, IOException {
        return (String) mail.getContent();
    }

    private static String address(String username) {
        return username + "@example.org";
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }
}
