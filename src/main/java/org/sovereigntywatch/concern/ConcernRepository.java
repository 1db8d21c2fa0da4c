package org.sovereigntywatch.concern;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ConcernRepository extends JpaRepository<Concern, Long>, ConcernQueries {

    /** (concern id, url) pairs for the concerns with ids in this range. */
    @Query("select c.id, s.url from Concern c join c.sources s where c.id between :first and :last order by s.url")
    List<Object[]> sourceUrlsBetween(long first, long last);

    /** The source addresses of these concerns, as (concern id, url) pairs. */
    @Query("select c.id, s.url from Concern c join c.sources s where c.id in :ids order by s.url")
    List<Object[]> sourceUrls(Collection<Long> ids);

    @EntityGraph(attributePaths = {"platform", "affectedJurisdiction", "accessingJurisdiction", "owner", "sources"},
            type = EntityGraph.EntityGraphType.LOAD)
    Optional<Concern> findWithDetailsById(long id);

    boolean existsByTitle(String title);
}
