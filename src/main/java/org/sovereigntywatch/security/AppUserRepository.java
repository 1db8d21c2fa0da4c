package org.sovereigntywatch.security;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    long countByRoleAndEnabledTrue(Role role);

    /**
     * The codes of the subdivisions of these jurisdictions. One level is all there is: only a subnational
     * jurisdiction has a parent, and that parent is a country (see {@code JurisdictionService.save}).
     */
    @Query("select j.code from Jurisdiction j where j.parent.code in :codes")
    Set<String> findSubdivisionCodes(Collection<String> codes);

    String MATCHES = """
            :text = '' or lower(u.username) like concat('%', :text, '%') or lower(u.displayName) like concat('%', :text, '%')
            """;

    @Query("select u from AppUser u where " + MATCHES)
    List<AppUser> search(String text, Pageable pageable);

    @Query("select u from AppUser u where u.enabled = true and (" + MATCHES + ")")
    List<AppUser> searchEnabled(String text, Pageable pageable);

    @Query("select count(u) from AppUser u where " + MATCHES)
    long countMatching(String text);

    /**
     * Keeps the locale of the browser the user signed in from, in a column the entity does not map: written at every
     * sign-in, it must neither make a version (an admin's open form would go stale) nor a line of history.
     */
    @Modifying
    @Query(value = "update app_user set browser_locale = :locale where username = :username", nativeQuery = true)
    void keepBrowserLocale(String username, String locale);
}
