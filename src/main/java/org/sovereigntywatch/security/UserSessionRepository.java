package org.sovereigntywatch.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface UserSessionRepository extends JpaRepository<UserSession, String> {

    @Query("""
            select new org.sovereigntywatch.security.SessionState(s.userId, u.username, s.startedAt, s.lastActiveAt,
                s.endedAt, s.secondFactorAt, u.enabled, u.version, u.passwordChangeRequired,
                (select count(e) from MfaEnrolment e where e.userId = s.userId and e.secret is not null),
                (select count(r) from MfaRequiredRole r where r.role = u.role))
            from UserSession s join AppUser u on u.id = s.userId where s.id = :id""")
    Optional<SessionState> findState(String id);

    /** The user's sessions still open: not ended, active within the idle timeout and younger than the lifetime. */
    @Query("""
            select s from UserSession s where s.userId = :userId and s.endedAt is null
                and s.lastActiveAt > :idleSince and s.startedAt > :startedSince
            order by s.lastActiveAt desc""")
    List<UserSession> findOpen(long userId, Instant idleSince, Instant startedSince);

    @Modifying
    @Query("update UserSession s set s.secondFactorAt = :now where s.id = :id and s.endedAt is null")
    void secondFactorGiven(String id, Instant now);

    @Modifying
    @Query("update UserSession s set s.lastActiveAt = :now where s.id = :id")
    void touch(String id, Instant now);

    @Modifying
    @Query("""
            update UserSession s set s.endedAt = :now, s.endReason = :reason, s.endedBy = :by
            where s.id = :id and s.endedAt is null""")
    int end(String id, SessionEnd reason, String by, Instant now);

    @Modifying
    @Query("""
            update UserSession s set s.endedAt = :now, s.endReason = :reason, s.endedBy = :by
            where s.userId = :userId and s.endedAt is null and s.id <> :except""")
    int endAllOf(long userId, String except, SessionEnd reason, String by, Instant now);
}
