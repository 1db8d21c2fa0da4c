package org.sovereigntywatch.source;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

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
}
