package org.sovereigntywatch.notification;

import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.CurrentUser;
import org.sovereigntywatch.timeline.MeasureService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The signed-in user's watchlist: the jurisdictions, platforms, measures and concerns they watch, and so hear of new
 * published events and items there ({@link NotificationRules}). Only what the user may see can be watched, and the
 * list shows only what they may see now.
 */
@Service
public class WatchService {

    private final WatchStore store;
    private final CurrentUser currentUser;
    private final JurisdictionService jurisdictions;
    private final PlatformService platforms;
    private final MeasureService measures;
    private final ConcernService concerns;

    WatchService(WatchStore store, CurrentUser currentUser, JurisdictionService jurisdictions,
                 PlatformService platforms, MeasureService measures, ConcernService concerns) {
        this.store = store;
        this.currentUser = currentUser;
        this.jurisdictions = jurisdictions;
        this.platforms = platforms;
        this.measures = measures;
        this.concerns = concerns;
    }

    /** Whether the caller watches this. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public boolean watches(WatchTarget target, long id) {
        return store.watches(me(), target, id);
    }

    /**
     * Adds this to the caller's watchlist; nothing if it is there already.
     *
     * @throws NoSuchElementException if there is no such item, or the caller may not see it
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public void watch(WatchTarget target, long id) {
        if (named(target, List.of(id), Locale.ROOT).isEmpty()) {
            throw new NoSuchElementException("There is no " + target.name().toLowerCase() + " " + id + " to watch.");
        }
        store.add(me(), target, id);
    }

    /** Takes this off the caller's watchlist; nothing if it was not there. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional
    public void unwatch(WatchTarget target, long id) {
        store.remove(me(), target, id);
    }

    /**
     * What the caller watches and may see now, by type (jurisdictions, platforms, measures, concerns), then by name,
     * a country named in the reader's {@code language} (« DE — Allemagne »). What they may no longer see (or was
     * deleted) stays on the list unseen: it is shown again if it becomes visible.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Watched> watched(Locale language) {
        long me = me();
        List<Watched> all = new ArrayList<>();
        for (WatchTarget target : WatchTarget.values()) {
            all.addAll(named(target, store.watched(me, target), language).stream()
                    .sorted(Comparator.comparing(Watched::name, String.CASE_INSENSITIVE_ORDER)).toList());
        }
        return all;
    }

    /** The items of this type among the ids that the caller may see, named for a reader of {@code language}. */
    private List<Watched> named(WatchTarget target, List<Long> ids, Locale language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Stream<Watched> named = switch (target) {
            case JURISDICTION -> jurisdictions.findAllById(ids).stream()
                    .map(jurisdiction -> new Watched(target, jurisdiction.getId(), jurisdiction.label(language)));
            case PLATFORM -> platforms.findAllById(ids).stream()
                    .map(platform -> new Watched(target, platform.getId(), platform.getName()));
            case MEASURE -> measures.titles(ids).stream()
                    .map(measure -> new Watched(target, measure.id(), measure.title()));
            case CONCERN -> concerns.titles(ids).stream()
                    .map(concern -> new Watched(target, concern.id(), concern.title()));
        };
        return named.toList();
    }

    private long me() {
        return currentUser.require().getUserId();
    }
}
