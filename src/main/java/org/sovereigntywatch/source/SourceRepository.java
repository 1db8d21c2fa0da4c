package org.sovereigntywatch.source;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.Set;

interface SourceRepository extends JpaRepository<Source, Long> {

    String MATCHES = """
            :text = '' or lower(s.title) like concat('%', :text, '%') or lower(s.publisher) like concat('%', :text, '%')
            or lower(s.url) like concat('%', :text, '%')
            """;

    @Query("select s from Source s where " + MATCHES)
    List<Source> search(String text, Pageable pageable);

    @Query("select count(s) from Source s where " + MATCHES)
    long countMatching(String text);

    Optional<Source> findFirstByUrl(String url);

    @Query("select s from Source s where lower(s.url) in :addresses order by s.id")
    List<Source> findByLowerUrlIn(Set<String> addresses);
}
