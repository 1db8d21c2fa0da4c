package org.sovereigntywatch.reference;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.Set;

interface JurisdictionRepository extends JpaRepository<Jurisdiction, Long> {

    String MATCHES = """
            (:text = '' or lower(j.code) like concat('%', :text, '%') or lower(j.name) like concat('%', :text, '%'))
            and (:level is null or j.level = :level)
            and (:anyCode = true or j.code in :codes)
            """;

    @EntityGraph(attributePaths = "parent", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select j from Jurisdiction j where " + MATCHES)
    List<Jurisdiction> search(String text, @Nullable JurisdictionLevel level, boolean anyCode, Set<String> codes,
                              Pageable pageable);

    @Query("select count(j) from Jurisdiction j where " + MATCHES)
    long countMatching(String text, @Nullable JurisdictionLevel level, boolean anyCode, Set<String> codes);

    @EntityGraph(attributePaths = "parent", type = EntityGraph.EntityGraphType.LOAD)
    Optional<Jurisdiction> findByCode(String code);

    boolean existsByCode(String code);

    @Query("select j.code from Jurisdiction j")
    Set<String> findAllCodes();
}
