package org.sovereigntywatch.reference;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Jurisdictions from the database. A search matches the words typed in the code or the name stored, or, by
 * {@code named}, the codes of the countries whose name in the reader's language matches them ({@link CountryNames}).
 */
interface JurisdictionRepository extends JpaRepository<Jurisdiction, Long> {

    String MATCHES = """
            (:text = '' or lower(j.code) like concat('%', :text, '%') or lower(j.name) like concat('%', :text, '%')
                or j.code in :named)
            and (:level is null or j.level = :level)
            and (:anyCode = true or j.code in :codes)
            """;

    @EntityGraph(attributePaths = "parent", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select j from Jurisdiction j where " + MATCHES)
    List<Jurisdiction> search(String text, Set<String> named, @Nullable JurisdictionLevel level, boolean anyCode,
                              Set<String> codes, Pageable pageable);

    /** {@link #search} by id, after {@code afterId}: a page read by keyset. */
    @EntityGraph(attributePaths = "parent", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select j from Jurisdiction j where (" + MATCHES + ") and j.id > :afterId order by j.id")
    List<Jurisdiction> searchAfter(String text, Set<String> named, @Nullable JurisdictionLevel level, boolean anyCode,
                                   Set<String> codes, long afterId, Pageable first);

    @Query("select count(j) from Jurisdiction j where " + MATCHES)
    long countMatching(String text, Set<String> named, @Nullable JurisdictionLevel level, boolean anyCode,
                       Set<String> codes);

    @EntityGraph(attributePaths = "parent", type = EntityGraph.EntityGraphType.LOAD)
    Optional<Jurisdiction> findByCode(String code);

    boolean existsByCode(String code);

    @Query("select j.code from Jurisdiction j")
    Set<String> findAllCodes();
}
