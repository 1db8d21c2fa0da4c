package org.sovereigntywatch.editorial;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Set;

interface ReviewEntryRepository extends JpaRepository<ReviewEntry, Long> {

    @Query("select e from ReviewEntry e where e.itemKind = :kind and e.itemId = :id order by e.at, e.id")
    List<ReviewEntry> findByItem(String kind, long id);

    /** The item's publications that name the revision they published, latest first. */
    @Query("select e from ReviewEntry e where e.itemKind = :kind and e.itemId = :id and e.revision is not null "
            + "and e.toState = org.sovereigntywatch.editorial.PublicationState.PUBLISHED order by e.at desc, e.id desc")
    List<ReviewEntry> findPublications(String kind, long id, Pageable first);

    /** Whether the item was ever published: its log records every move, so a move to PUBLISHED says it was. */
    @Query("select count(e) > 0 from ReviewEntry e where e.itemKind = :kind and e.itemId = :id "
            + "and e.toState = org.sovereigntywatch.editorial.PublicationState.PUBLISHED")
    boolean wasEverPublished(String kind, long id);

    @Modifying
    @Query("delete from ReviewEntry e where e.itemKind = :kind and e.itemId = :id")
    void deleteByItem(String kind, long id);

    @Query("select distinct e.author from ReviewEntry e where e.itemKind = :kind and e.itemId = :id")
    Set<String> findAuthors(String kind, long id);
}
