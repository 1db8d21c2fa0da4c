package org.sovereigntywatch.security;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface MfaEnrolmentRepository extends JpaRepository<MfaEnrolment, Long> {

    /**
     * The user's row, locked until the transaction ends: every check of a code locks it first, so two requests can
     * neither both use the same code nor both slip past the wait after wrong codes.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from MfaEnrolment e where e.userId = :userId")
    Optional<MfaEnrolment> lockByUserId(long userId);

    boolean existsByUserIdAndSecretIsNotNull(long userId);
}
