package org.sovereigntywatch.editorial;

import org.sovereigntywatch.base.FeatureApi;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

import java.util.Optional;

/**
 * What {@link PublishableService} needs of a publishable kind's repository besides saving and deleting: the item with
 * what its page shows, and its state and scope as stored. Each kind's package-private repository extends this and
 * writes the two queries for its own tables.
 *
 * @param <T> the kind's entity
 */
@FeatureApi
@NoRepositoryBean
public interface PublishableRepository<T extends Publishable> extends JpaRepository<T, Long> {

    /** The item with what its page shows (its jurisdictions, platforms …), if it exists. */
    Optional<T> findWithDetailsById(long id);

    /** The item's state and scope as the database holds them, read without flushing pending changes first. */
    Optional<ItemScope> findScopeById(long id);
}
