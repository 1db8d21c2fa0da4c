package org.sovereigntywatch.security;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.RefusedException;
import org.sovereigntywatch.base.Texts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Open sessions, as people see and end them: each user their own (to end one they do not recognise, or all others),
 * admins anyone's. An ended session is refused at its next request, on whichever node it lives.
 */
@Service
public class SessionService {

    private final SessionRegistry registry;
    private final CurrentUser currentUser;
    private final AppUserRepository users;
    private final SecurityLog securityLog;

    SessionService(SessionRegistry registry, CurrentUser currentUser, AppUserRepository users, SecurityLog securityLog) {
        this.registry = registry;
        this.currentUser = currentUser;
        this.users = users;
        this.securityLog = securityLog;
    }

    /** The signed-in user's open sessions, most recently active first, this one marked. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OpenSession> mine() {
        return describe(registry.openSessionsOf(currentUser.require().getUserId()));
    }

    /** An admin's view of a user's open sessions. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OpenSession> of(long userId) {
        return describe(registry.openSessionsOf(userId));
    }

    /**
     * Ends one of the signed-in user's sessions (an admin may end anyone's).
     *
     * @throws AccessDeniedException if the session is another user's and the caller no admin
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void end(String sessionId) {
        AppUserPrincipal caller = currentUser.require();
        Optional<UserSession> session = registry.find(sessionId);
        if (session.isEmpty()) {
            return;
        }
        boolean own = session.get().getUserId() == caller.getUserId();
        if (!own && caller.getRole() != Role.ADMIN) {
            throw new RefusedException("security.sessions.not-yours");
        }
        if (registry.end(sessionId, SessionEnd.ENDED, caller.getUsername())) {
            securityLog.record(SecurityEventType.SESSION_ENDED, own ? null : usernameOf(session.get().getUserId()),
                    (own ? "Ended by its user: " : "Ended by an admin: ")
                            + Texts.format(Locale.ENGLISH, Browser.describe(session.get().getUserAgent()))
                            + " from " + session.get().getAddress());
        }
    }

    /** Ends every session of the signed-in user but this one; how many were ended. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int endOthers() {
        AppUserPrincipal caller = currentUser.require();
        int ended = registry.endAllOf(caller.getUserId(), currentKey(), SessionEnd.ENDED, caller.getUsername());
        securityLog.record(SecurityEventType.SESSION_ENDED, null, "Ended all other sessions (" + ended + ")");
        return ended;
    }

    /** Ends every session of a user; how many were ended. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int endAllOf(long userId) {
        int ended = registry.endAllOf(userId, null, SessionEnd.ENDED, currentUser.require().getUsername());
        securityLog.record(SecurityEventType.SESSION_ENDED, usernameOf(userId), "Ended by an admin (" + ended + ")");
        return ended;
    }

    private String usernameOf(long userId) {
        return users.findById(userId).map(AppUser::getUsername).orElse("#" + userId);
    }

    private List<OpenSession> describe(List<UserSession> sessions) {
        String current = currentKey();
        return sessions.stream().map(session -> new OpenSession(session.getId(), session.getStartedAt(),
                session.getLastActiveAt(), Browser.describe(session.getUserAgent()),
                session.getAddress() == null ? "" : session.getAddress(), session.getId().equals(current))).toList();
    }

    /** The registry key of the session of the current request, if it is one. */
    static @Nullable String currentKey() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : SessionRegistry.keyOf(session).orElse(null);
        }
        return null;
    }
}
