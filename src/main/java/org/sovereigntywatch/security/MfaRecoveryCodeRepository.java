package org.sovereigntywatch.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface MfaRecoveryCodeRepository extends JpaRepository<MfaRecoveryCode, Long> {

    Optional<MfaRecoveryCode> findByUserIdAndCodeHash(long userId, String codeHash);

    long countByUserIdAndUsedAtIsNull(long userId);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from MfaRecoveryCode c where c.userId = :userId")
    void deleteByUserId(long userId);
}
