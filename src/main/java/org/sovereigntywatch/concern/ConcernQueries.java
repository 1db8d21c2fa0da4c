package org.sovereigntywatch.concern;

import org.sovereigntywatch.base.Keyset;
import org.sovereigntywatch.editorial.Visibility;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The concern queries whose conditions depend on the filter: built by {@link ConcernQueriesImpl}. The aggregates
 * count a concern for both its jurisdictions: the affected one, and the accessing one where that differs (hence
 * the pairs, each a plain GROUP BY).
 */
interface ConcernQueries {

    List<ConcernRow> search(ConcernFilter filter, Visibility visibility, LocalDate today, Pageable pageable);

    /** The rows {@link #search} finds, read by keyset from where the last page ended; never as of a past moment. */
    List<ConcernRow> seek(ConcernFilter filter, Visibility visibility, LocalDate today, Keyset keyset);

    /** The concern with this id as {@link #search} would list it, if the visibility includes it. */
    Optional<ConcernRow> row(long id, Visibility visibility);

    long countMatching(ConcernFilter filter, Visibility visibility, LocalDate today);

    /** The ids of the concerns {@link #search} finds, by id, at most {@code limit} of them. */
    List<Long> ids(ConcernFilter filter, Visibility visibility, LocalDate today, int limit);

    /** The same rows as {@link #search}, read as a stream for exports; call it inside a transaction. */
    Stream<ConcernRow> stream(ConcernFilter filter, Visibility visibility, LocalDate today, Sort sort);

    List<ConcernCounts.ByScore> countByScore(ConcernFilter filter, Visibility visibility, LocalDate today);

    List<ConcernCounts.HeatCell> heatByAffected(ConcernFilter filter, Visibility visibility, LocalDate today);

    List<ConcernCounts.HeatCell> heatByAccessing(ConcernFilter filter, Visibility visibility, LocalDate today);

    List<ConcernCounts.ByKeyAndScore> countByAffectedAndScore(ConcernFilter filter, Visibility visibility,
                                                              LocalDate today);

    List<ConcernCounts.ByKeyAndScore> countByAccessingAndScore(ConcernFilter filter, Visibility visibility,
                                                               LocalDate today);

    List<ConcernCounts.ByKeyAndScore> countByPlatformAndScore(ConcernFilter filter, Visibility visibility,
                                                              LocalDate today);
}
