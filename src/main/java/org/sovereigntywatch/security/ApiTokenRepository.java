package org.sovereigntywatch.security;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    String ROW = "select new org.sovereigntywatch.security.ApiTokenRow(t.id, t.name, u.username, u.displayName, "
            + "t.lastChars, t.createdAt, t.expiresAt, t.lastUsedAt, t.revokedAt, t.revokedBy) "
            + "from ApiToken t join AppUser u on u.id = t.userId ";

    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Query(ROW + "where t.id = :id")
    ApiTokenRow row(long id);

    @Query(ROW + "where t.userId = :userId order by t.createdAt desc, t.id desc")
    List<ApiTokenRow> rowsOf(long userId);

    @Query(ROW + "where :text = '' or lower(t.name) like concat('%', :text, '%') "
            + "or lower(u.username) like concat('%', :text, '%') order by t.createdAt desc, t.id desc")
    List<ApiTokenRow> rows(String text, Pageable pageable);

    @Query("select count(t) from ApiToken t join AppUser u on u.id = t.userId where :text = '' "
            + "or lower(t.name) like concat('%', :text, '%') or lower(u.username) like concat('%', :text, '%')")
    long countRows(String text);

    @Query("select count(t) from ApiToken t where t.userId = :userId and t.revokedAt is null and t.expiresAt > :now "
            + "and lower(t.name) = lower(:name)")
    long countUsableNamed(long userId, String name, Instant now);

    @Query("select count(t) from ApiToken t where t.userId = :userId and t.revokedAt is null and t.expiresAt > :now")
    long countUsable(long userId, Instant now);

    /**
     * Notes that the token was used now, unless that was already noted since {@code notBefore}: one write every few
     * minutes per token, not one per request, and only one node of several wins each time.
     *
     * @return whether this call wrote it
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id "
            + "and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)")
    int noteUse(long id, Instant now, Instant notBefore);
}
