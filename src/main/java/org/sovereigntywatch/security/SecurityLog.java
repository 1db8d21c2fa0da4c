package org.sovereigntywatch.security;

import com.vaadin.flow.server.VaadinRequest;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.AuditedEntity;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.TextRules;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes the security log: who did what to whom, from which address, when. The one way in for every feature that
 * has something to log; admins read it through {@link SecurityLogService}.
 * <p>
 * <b>Transactions.</b> An event that records a change ({@link SecurityEventType#recordsAChange()}: a password set,
 * a user edited) is written in the caller's transaction, which must exist: it is kept only if the change is. Any
 * other event (a sign-in, a failed attempt, a download) is written and committed in a transaction of its own, so it
 * is kept whatever becomes of the caller's. If writing fails, the caller's work fails too: nothing that must be
 * logged happens unlogged.
 * <p>
 * <b>What goes in.</b> Never a password, a one-time code, a recovery code or a token: callers pass usernames and
 * plain words only. Every value is cleaned (control characters become spaces, so nothing typed can forge a line of
 * a CSV or break an insert on PostgreSQL, which refuses NUL) and cut to its column's length.
 */
@FeatureApi
@Component
public class SecurityLog {

    private final SecurityEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate callersTransaction;
    private final TransactionTemplate ownTransaction;

    SecurityLog(SecurityEventRepository events, CurrentUser currentUser, Clock clock,
                PlatformTransactionManager transactions) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        this.callersTransaction = new TransactionTemplate(transactions);
        callersTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_MANDATORY);
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records an event done by the signed-in user (nobody, when nobody is signed in), from the current request's
     * address.
     *
     * @param subject whom the event is about, if anyone other than the signed-in user: the user whose password an
     *                admin reset
     * @param detail  what happened, in plain words: "role ANALYST → REVIEWER"
     * @throws org.springframework.transaction.IllegalTransactionStateException if the event records a change and
     *         there is no transaction to write it in
     */
    public void record(SecurityEventType type, @Nullable String subject, String detail) {
        recordAs(currentUser.get().map(AppUserPrincipal::getUsername).orElse(null), type, subject, detail);
    }

    /**
     * Records an event whose actor is not the signed-in user: a sign-in attempt (the name typed), a sign-out (the
     * security context is already cleared), a session timing out (no actor).
     *
     * @see #record
     */
    public void recordAs(@Nullable String actor, SecurityEventType type, @Nullable String subject, String detail) {
        String who = username(actor);
        String whom = username(subject);
        SecurityEvent event = new SecurityEvent(Instant.now(clock), type, who,
                whom != null && whom.equals(who) ? null : whom,
                bounded(clientAddress(), SecurityEvent.ADDRESS_MAX), detail(detail));
        TransactionTemplate transaction = type.recordsAChange() ? callersTransaction : ownTransaction;
        transaction.executeWithoutResult(status -> events.save(event));
    }

    /** Writes an export; see {@link #export}. */
    @FunctionalInterface
    public interface Export {
        /** @return how many rows were written */
        long write() throws IOException;
    }

    /**
     * Runs an export and records it once it is written: what, with which filter, how many rows. An export that
     * fails part way is recorded as not completed, as some rows may have left: stopping a download just before its
     * end does not hide it.
     *
     * @param what   which export: "Concern register"
     * @param filter the filter in words (see {@link org.sovereigntywatch.base.FilterWords})
     * @return how many rows were written
     */
    public long export(String what, String filter, Export export) throws IOException {
        long rows;
        try {
            rows = export.write();
        } catch (IOException | RuntimeException failure) {
            try {
                record(SecurityEventType.EXPORT, null, what + ", not completed (" + failure.getClass().getSimpleName()
                        + "); filter: " + filter);
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            throw failure;
        }
        record(SecurityEventType.EXPORT, null,
                what + ", " + rows + (rows == 1 ? " row" : " rows") + "; filter: " + filter);
        return rows;
    }

    /** The address of the client of the current request: a Vaadin request, or any other request of the servlet. */
    private static @Nullable String clientAddress() {
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin != null) {
            return vaadin.getRemoteAddr();
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getRemoteAddr() : null;
    }

    /** A username as stored: cleaned, cut to a username's length; null when there is none. */
    private static @Nullable String username(@Nullable String name) {
        return bounded(name, AuditedEntity.USERNAME_MAX);
    }

    private static @Nullable String bounded(@Nullable String value, int max) {
        String bounded = value == null ? "" : TextRules.cut(TextRules.cleaned(value), max);
        return bounded.isEmpty() ? null : bounded;
    }

    /** The detail, cleaned; one cut to the column's length ends with "…", so a reader knows there was more. */
    private static String detail(String detail) {
        String cleaned = TextRules.cleaned(detail);
        return cleaned.length() <= SecurityEvent.DETAIL_MAX ? cleaned
                : TextRules.cut(cleaned, SecurityEvent.DETAIL_MAX - 1) + "…";
    }
}
