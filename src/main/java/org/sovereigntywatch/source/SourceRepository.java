package org.sovereigntywatch.source;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.sovereigntywatch.editorial.ItemScope;
import org.sovereigntywatch.editorial.Visibility;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sources, and the items that cite them. Concerns and events cite sources, not the other way round, so these queries
 * name the citing entities in JPQL ({@code Concern}, {@code PolicyEvent}) rather than in Java: the source feature stays
 * below the features that use it, with no cycle between them, and the rule that a source is seen through the items
 * citing it stays one SQL condition ({@link #VISIBLE}) that a lazy grid pages and counts.
 */
interface SourceRepository extends JpaRepository<Source, Long> {

    String MATCHES = """
            (:text = '' or lower(s.title) like concat('%', :text, '%') or lower(s.publisher) like concat('%', :text, '%')
            or lower(s.url) like concat('%', :text, '%'))
            """;

    /**
     * A source the user may see: one cited by a concern or an event whose measure they may see (as
     * {@link Visibility#includes} has it: published, or any state in their scope for analysts and up), or one that
     * nothing cites yet and they recorded. Parameters: {@code seesUnpublished}, {@code everywhere}, {@code scope} from
     * the user's {@link Visibility}, and their {@code username}.
     */
    String VISIBLE = """
            (exists (select 1 from Concern c join c.sources cs where cs.id = s.id
                and (c.state = org.sovereigntywatch.editorial.PublicationState.PUBLISHED
                     or :seesUnpublished = true and (:everywhere = true or c.affectedJurisdiction.code in :scope)))
            or exists (select 1 from PolicyEvent e join e.sources es where es.id = s.id
                and (e.measure.state = org.sovereigntywatch.editorial.PublicationState.PUBLISHED
                     or :seesUnpublished = true and (:everywhere = true or e.measure.jurisdiction.code in :scope)))
            or s.createdBy = :username
                and not exists (select 1 from Concern c2 join c2.sources cs2 where cs2.id = s.id)
                and not exists (select 1 from PolicyEvent e2 join e2.sources es2 where es2.id = s.id))
            """;

    @Query("select s from Source s where " + MATCHES + " and " + VISIBLE)
    List<Source> search(String text, boolean seesUnpublished, boolean everywhere, Set<String> scope, String username,
                        Pageable pageable);

    /** {@link #search} by id, after {@code afterId}: a page read by keyset. */
    @Query("select s from Source s where " + MATCHES + " and " + VISIBLE + " and s.id > :afterId order by s.id")
    List<Source> searchAfter(String text, boolean seesUnpublished, boolean everywhere, Set<String> scope,
                             String username, long afterId, Pageable first);

    @Query("select count(s) from Source s where " + MATCHES + " and " + VISIBLE)
    long countMatching(String text, boolean seesUnpublished, boolean everywhere, Set<String> scope, String username);

    @Query("select s from Source s where s.url = :url and " + VISIBLE + " order by s.id")
    List<Source> findByUrl(String url, boolean seesUnpublished, boolean everywhere, Set<String> scope, String username,
                           Pageable pageable);

    /**
     * The sources whose address, in lower case, is one of these: found through the index on the start of the address
     * (which the database computes: V15), then compared whole.
     */
    @Query("select s from Source s where s.addressPrefix in :prefixes and lower(s.url) in :addresses and " + VISIBLE
            + " order by s.id")
    List<Source> findByLowerUrlIn(Set<String> prefixes, Set<String> addresses, boolean seesUnpublished,
                                  boolean everywhere, Set<String> scope, String username);

    /** The sources whose address, in lower case, is one of these. */
    default List<Source> findByLowerUrlIn(Set<String> addresses, boolean seesUnpublished, boolean everywhere,
                                          Set<String> scope, String username) {
        Set<String> prefixes = addresses.stream().map(Source::addressPrefix).collect(Collectors.toSet());
        return findByLowerUrlIn(prefixes, addresses, seesUnpublished, everywhere, scope, username);
    }

    /** The sources without a web address whose citation has this {@link CitationKey}. */
    @Query("select s from Source s where s.citationKey = :key and " + VISIBLE + " order by s.id")
    List<Source> findByCitationKey(String key, boolean seesUnpublished, boolean everywhere, Set<String> scope,
                                   String username);

    /** The sources without a web address whose citation has one of these {@link CitationKey keys}. */
    @Query("select s from Source s where s.citationKey in :keys and " + VISIBLE + " order by s.id")
    List<Source> findByCitationKeyIn(Set<String> keys, boolean seesUnpublished, boolean everywhere, Set<String> scope,
                                     String username);

    @Query("select count(s) from Source s where s.id in :ids and " + VISIBLE)
    long countVisibleAmong(Collection<Long> ids, boolean seesUnpublished, boolean everywhere, Set<String> scope,
                           String username);

    /** The concerns citing the source, by their state and scope as stored. */
    @Query("select new org.sovereigntywatch.editorial.ItemScope(c.state, c.affectedJurisdiction.code) "
            + "from Concern c join c.sources cs where cs.id = :sourceId")
    List<ItemScope> findCitingConcerns(long sourceId);

    /** The measures of the events citing the source, by their state and scope as stored. */
    @Query("select new org.sovereigntywatch.editorial.ItemScope(e.measure.state, e.measure.jurisdiction.code) "
            + "from PolicyEvent e join e.sources es where es.id = :sourceId")
    List<ItemScope> findCitingEventMeasures(long sourceId);

    /**
     * Who recorded the source, as its row holds it (empty text if nobody is on record), without flushing first: a copy
     * changed in memory does not count.
     */
    @Query("select coalesce(s.createdBy, '') from Source s where s.id = :id")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<String> findRecordedBy(long id);
}
