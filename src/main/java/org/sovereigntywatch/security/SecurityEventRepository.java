package org.sovereigntywatch.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long>, SecurityEventQueries {
}
