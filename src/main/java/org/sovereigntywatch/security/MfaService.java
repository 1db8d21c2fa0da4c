package org.sovereigntywatch.security;

import org.sovereigntywatch.base.RefusedException;
import org.sovereigntywatch.base.Texts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Two-step sign-in with time-based one-time codes (RFC 6238, see {@link Totp}) and single-use recovery codes.
 * <p>
 * A user sets up an authenticator in two steps: {@link #startEnrolment()} makes a secret that is not used until
 * {@link #confirmEnrolment(String)} receives a right code for it, which turns two-step sign-in on and returns the
 * recovery codes, shown once. From then on, sign-in asks for a code ({@link #verifySignInCode(String)}), and every
 * change to the authenticator, the recovery codes or turning it off needs a current code too. A code is accepted
 * once: one from the app only if its time step is later than the last one used, a recovery code only while unused.
 * After five wrong codes in a row, each further try waits twice as long as the one
 * before (30 seconds, a minute, … at most 15 minutes).
 * <p>
 * Methods for the user's own authenticator need only a signed-in session, since a session that has passed the
 * password but still owes the second step (or must first set it up) has no role yet; changing an authenticator that
 * is on needs a session with its role. Admins reset a user's authenticator and choose which roles require one.
 */
@Service
public class MfaService {

    /** Time steps accepted either side of now: the code just replaced, and the next one for a fast clock. */
    static final int WINDOW = 1;
    private static final int SECRET_BYTES = 20;

    private final MfaEnrolmentRepository enrolments;
    private final MfaRecoveryCodeRepository recoveryCodes;
    private final MfaRequiredRoleRepository requiredRoles;
    private final AppUserRepository users;
    private final MfaSecretCipher cipher;
    private final CurrentUser currentUser;
    private final SessionRegistry sessions;
    private final SecurityLog securityLog;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    MfaService(MfaEnrolmentRepository enrolments, MfaRecoveryCodeRepository recoveryCodes,
               MfaRequiredRoleRepository requiredRoles, AppUserRepository users, MfaSecretCipher cipher,
               CurrentUser currentUser, SessionRegistry sessions, SecurityLog securityLog, Clock clock) {
        this.enrolments = enrolments;
        this.recoveryCodes = recoveryCodes;
        this.requiredRoles = requiredRoles;
        this.users = users;
        this.cipher = cipher;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    /** Whether the signed-in user has two-step sign-in on, since when, and whether their role requires it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MfaState status() {
        AppUser user = me();
        long userId = userId(user);
        Optional<MfaEnrolment> enrolment = enrolments.findById(userId).filter(MfaEnrolment::isActive);
        return new MfaState(enrolment.map(MfaEnrolment::getConfirmedAt).orElse(null),
                enrolment.isPresent() ? (int) recoveryCodes.countByUserIdAndUsedAtIsNull(userId) : 0,
                requiredRoles.existsById(user.getRole()));
    }

    /**
     * Makes a new secret for the signed-in user to add to their app. Two-step sign-in stays off until
     * {@link #confirmEnrolment(String)} receives a code for it; starting again replaces the secret.
     *
     * @throws IllegalStateException if two-step sign-in is already on (use {@link #startReplacement(String)})
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TotpSetup startEnrolment() {
        AppUser user = me();
        MfaEnrolment enrolment = enrolments.lockByUserId(userId(user)).orElseGet(() -> new MfaEnrolment(userId(user)));
        if (enrolment.isActive()) {
            throw new IllegalStateException("Two-step sign-in is already on: start a replacement instead");
        }
        return newPendingSecret(user, enrolment);
    }

    /**
     * Makes a new secret for a user whose two-step sign-in is on, to move to a new phone or app. The current
     * authenticator keeps working until the new one is confirmed.
     *
     * @param currentCode a code from the current authenticator, or a recovery code (which is then used up)
     * @throws CodeRefusedException if the code is not accepted
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(noRollbackFor = CodeRefusedException.class)
    public TotpSetup startReplacement(String currentCode) {
        AppUser user = me();
        MfaEnrolment enrolment = lockActive(userId(user));
        check(enrolment, currentCode);
        return newPendingSecret(user, enrolment);
    }

    /**
     * Turns two-step sign-in on with the secret last started, if {@code code} is a right code for it, and makes new
     * recovery codes (any earlier ones stop working).
     *
     * @return the recovery codes, to show once: only their hashes are kept
     * @throws CodeRefusedException if the code is not right for the new secret, or nothing was started
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> confirmEnrolment(String code) {
        // A session that still owes its second step may confirm, as forced set-up needs; it cannot have started a
        // replacement (that needs a role), so it could only confirm a secret it was shown itself.
        long userId = userId(me());
        String digits = requireCode(code);
        MfaEnrolment enrolment = enrolments.lockByUserId(userId)
                .filter(started -> started.getPendingSecret() != null)
                .orElseThrow(() -> new CodeRefusedException("mfa.code.nothing-to-confirm"));
        byte[] secret = cipher.decrypt(userId, Objects.requireNonNull(enrolment.getPendingSecret()));
        OptionalLong step = Totp.APP.matchingStep(secret, digits, clock.instant(), WINDOW);
        if (step.isEmpty()) {
            throw new CodeRefusedException("mfa.code.wrong");
        }
        enrolment.confirmPending(clock.instant(), step.getAsLong());
        securityLog.record(SecurityEventType.MFA_ENROLLED, null, "Authenticator confirmed");
        // The code just given proves the authenticator: a session setting it up at sign-in owes no other code.
        sessions.secondFactorGiven(SessionService.currentKey());
        return newRecoveryCodes(userId);
    }

    /**
     * Replaces the signed-in user's recovery codes with new ones.
     *
     * @param currentCode a code from the authenticator, or one of the old recovery codes
     * @return the new codes, to show once
     * @throws CodeRefusedException if the code is not accepted
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(noRollbackFor = CodeRefusedException.class)
    public List<String> regenerateRecoveryCodes(String currentCode) {
        long userId = userId(me());
        check(lockActive(userId), currentCode);
        securityLog.record(SecurityEventType.RECOVERY_CODES_REGENERATED, null, "New recovery codes; the old ones no longer work");
        return newRecoveryCodes(userId);
    }

    /**
     * Turns two-step sign-in off for the signed-in user and forgets their secret and recovery codes.
     *
     * @param currentCode a code from the authenticator, or a recovery code
     * @throws AccessDeniedException if the user's role requires two-step sign-in
     * @throws CodeRefusedException  if the code is not accepted
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(noRollbackFor = CodeRefusedException.class)
    public void turnOff(String currentCode) {
        AppUser user = me();
        if (requiredRoles.existsById(user.getRole())) {
            throw new RefusedException("mfa.turn-off.required-for-role");
        }
        MfaEnrolment enrolment = lockActive(userId(user));
        check(enrolment, currentCode);
        forget(userId(user));
        securityLog.record(SecurityEventType.MFA_TURNED_OFF, null, "Turned off by the user");
    }

    /**
     * Checks the second step of the signed-in user's sign-in: a code from their authenticator app, or one of their
     * recovery codes (used up by this). For a session that has passed the password and owes this step.
     *
     * @throws CodeRefusedException with the reason to show (wrong, already used, too many tries, not set up)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = CodeRefusedException.class)
    public CodeAccepted verifySignInCode(String code) {
        long userId = userId(me());
        CodeAccepted accepted;
        try {
            accepted = check(lockActive(userId), code);
        } catch (CodeRefusedException refused) {
            // The log keeps the reason in English, as it keeps every detail.
            securityLog.record(SecurityEventType.MFA_FAILED, null, Texts.format(Locale.ENGLISH, refused.text()));
            throw refused;
        }
        securityLog.record(SecurityEventType.MFA_PASSED, null, accepted.recoveryCode() ? "Recovery code" : "Authenticator code");
        sessions.secondFactorGiven(SessionService.currentKey());
        return accepted;
    }

    /**
     * Turns two-step sign-in off for a user who lost their authenticator and recovery codes: their secret and
     * recovery codes are forgotten, and they set it up again (at their next sign-in if their role requires it).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reset(long userId) {
        AppUser user = users.findById(userId).orElseThrow();
        forget(userId);
        securityLog.record(SecurityEventType.MFA_RESET, user.getUsername(), "Reset by an admin: set up again at the next sign-in");
    }

    /** When this user's authenticator was confirmed; empty if two-step sign-in is off for them. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Instant> onSince(long userId) {
        return enrolments.findById(userId).filter(MfaEnrolment::isActive).map(MfaEnrolment::getConfirmedAt);
    }

    /** The roles whose users must sign in with a second step. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Set<Role> requiredRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        requiredRoles.findAll().forEach(required -> roles.add(required.getRole()));
        return roles;
    }

    /** Makes exactly these roles require two-step sign-in. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setRequiredRoles(Set<Role> roles) {
        Set<Role> before = requiredRoles();
        if (!before.equals(roles)) {
            Set<Role> after = EnumSet.noneOf(Role.class);
            after.addAll(roles);
            securityLog.record(SecurityEventType.MFA_POLICY_CHANGED, null,
                    "Roles requiring two-step sign-in: " + before + " → " + after);
        }
        for (Role role : Role.values()) {
            boolean required = requiredRoles.existsById(role);
            if (roles.contains(role) && !required) {
                requiredRoles.save(new MfaRequiredRole(role));
            } else if (!roles.contains(role) && required) {
                requiredRoles.deleteById(role);
            }
        }
    }

    private AppUser me() {
        // The stored row, not the session's copy: the role decides whether turning off is allowed.
        return users.findById(currentUser.require().getUserId()).orElseThrow();
    }

    private static long userId(AppUser user) {
        return Objects.requireNonNull(user.getId());
    }

    private MfaEnrolment lockActive(long userId) {
        return enrolments.lockByUserId(userId).filter(MfaEnrolment::isActive)
                .orElseThrow(() -> new CodeRefusedException("mfa.code.not-set-up"));
    }

    private TotpSetup newPendingSecret(AppUser user, MfaEnrolment enrolment) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        enrolment.startPending(cipher.encrypt(userId(user), secret), clock.instant());
        enrolments.save(enrolment);
        String base32 = Base32.encode(secret);
        return new TotpSetup(base32, OtpAuthUri.of(user.getUsername(), base32));
    }

    private List<String> newRecoveryCodes(long userId) {
        recoveryCodes.deleteByUserId(userId);
        List<String> codes = RecoveryCodes.generate(random);
        recoveryCodes.saveAll(codes.stream().map(code -> new MfaRecoveryCode(userId, RecoveryCodes.hash(userId, code)))
                .toList());
        return codes;
    }

    private void forget(long userId) {
        recoveryCodes.deleteByUserId(userId);
        enrolments.findById(userId).ifPresent(enrolments::delete);
    }

    /**
     * Accepts a current code for an active authenticator, once, or refuses it and counts the refusal. The caller
     * holds the row's lock, so two requests cannot both use the same code.
     */
    private CodeAccepted check(MfaEnrolment enrolment, String typed) {
        String code = requireCode(typed);
        Instant now = clock.instant();
        Duration wait = enrolment.waitBeforeNextTry(now);
        if (wait.isPositive()) {
            throw new CodeRefusedException("mfa.code.too-many", Math.max(1, (wait.toSeconds() + 59) / 60));
        }
        long userId = enrolment.getUserId();
        if (RecoveryCodes.looksLikeOne(code)) {
            Optional<MfaRecoveryCode> recoveryCode = recoveryCodes.findByUserIdAndCodeHash(userId, RecoveryCodes.hash(userId, code));
            if (recoveryCode.isEmpty() || recoveryCode.get().isUsed()) {
                throw refuse(enrolment, now, recoveryCode.isEmpty() ? "mfa.code.wrong-recovery" : "mfa.code.recovery-used");
            }
            recoveryCode.get().use(now);
            recoveryCodes.saveAndFlush(recoveryCode.get());
            enrolment.accepted(null);
            return new CodeAccepted(true, recoveryCodes.countByUserIdAndUsedAtIsNull(userId));
        }
        byte[] secret = cipher.decrypt(userId, Objects.requireNonNull(enrolment.getSecret()));
        OptionalLong step = Totp.APP.matchingStep(secret, code, now, WINDOW);
        if (step.isEmpty()) {
            throw refuse(enrolment, now, "mfa.code.wrong");
        }
        if (!enrolment.isUnused(step.getAsLong())) {
            throw refuse(enrolment, now, "mfa.code.already-used");
        }
        enrolment.accepted(step.getAsLong());
        return new CodeAccepted(false, recoveryCodes.countByUserIdAndUsedAtIsNull(userId));
    }

    private static CodeRefusedException refuse(MfaEnrolment enrolment, Instant now, String reasonKey) {
        enrolment.refused(now);
        return new CodeRefusedException(reasonKey);
    }

    /** The code without the spaces people type or paste into it; refuses an empty one without counting it. */
    private static String requireCode(String typed) {
        String code = typed.replaceAll("\\s", "");
        if (code.isEmpty()) {
            throw new CodeRefusedException("mfa.code.enter");
        }
        return code;
    }
}
