package org.sovereigntywatch.reference;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface PlatformRepository extends JpaRepository<Platform, Long> {

    String MATCHES = """
            :text = '' or lower(p.name) like concat('%', :text, '%')
            or lower(p.operatorCompany) like concat('%', :text, '%')
            or exists (select a from Platform p2 join p2.aliases a where p2 = p and lower(a) like concat('%', :text, '%'))
            """;

    @EntityGraph(attributePaths = "homeJurisdiction", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select p from Platform p where " + MATCHES)
    List<Platform> search(String text, Pageable pageable);

    /** {@link #search} by id, after {@code afterId}: a page read by keyset. */
    @EntityGraph(attributePaths = "homeJurisdiction", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select p from Platform p where (" + MATCHES + ") and p.id > :afterId order by p.id")
    List<Platform> searchAfter(String text, long afterId, Pageable first);

    @Query("select count(p) from Platform p where " + MATCHES)
    long countMatching(String text);

    @EntityGraph(attributePaths = "homeJurisdiction", type = EntityGraph.EntityGraphType.LOAD)
    Optional<Platform> findByNameIgnoreCase(String name);

    @Query("select count(p) > 0 from Platform p where lower(p.name) = lower(:name) and (:id is null or p.id <> :id)")
    boolean nameTakenByAnother(String name, @org.jspecify.annotations.Nullable Long id);
}
