package org.sovereigntywatch.timeline;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Keyset;
import org.sovereigntywatch.base.NewItemValidator;
import org.sovereigntywatch.base.Stamped;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.TextRules;
import org.sovereigntywatch.base.TitleKey;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.ConcernTitle;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.editorial.PublishableService;
import org.sovereigntywatch.editorial.ReviewLog;
import org.sovereigntywatch.history.ChangeKind;
import org.sovereigntywatch.history.HistoryEntry;
import org.sovereigntywatch.history.HistoryFields;
import org.sovereigntywatch.history.ItemHistory;
import org.sovereigntywatch.history.Version;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.source.Source;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Policy measures: recorded, reviewed and published with the workflow every publishable kind shares
 * ({@link PublishableService}), linked to one another and to the concerns they bear on. A measure's events are kept by
 * {@link EventService}.
 * <p>
 * Deleting a draft deletes its platforms and its links to concerns (collections it owns: Hibernate deletes those rows),
 * and its events with their lists of sources (the sources stay, others may cite them) and its links to and from other
 * measures, by the schema's ON DELETE CASCADE.
 * <p>
 * Reads about one item — a measure itself, its {@link #history},
 * {@link #links} and {@link #concerns}, the measures {@link #bearingOn bearing on} a concern, and the events of
 * {@link EventService#eventsOf} — refuse an item the caller may not see with
 * {@link org.springframework.security.access.AccessDeniedException} (one that does not exist with
 * {@link NoSuchElementException}), and leave out of their answer the linked items the caller may not see: a viewer
 * learns nothing about drafts through links.
 */
@Service
@Validated
public class MeasureService extends PublishableService<PolicyMeasure> {

    /** The kind's name in the review log and in what refers to policy measures by kind and id. */
    public static final String KIND = "measure";

    private static final HistoryFields<PolicyEvent> EVENT_HISTORY = HistoryFields.of(PolicyEvent.class)
            .field("common.date", PolicyEvent::getDate)
            .field("event.action", PolicyEvent::getAction)
            .field("event.dialog.expected", PolicyEvent::isExpected)
            .field("event.dialog.cancelled", PolicyEvent::isCancelled)
            .longText("common.summary", PolicyEvent::getSummary)
            .field("common.sources", event -> HistoryFields.names(event.getSources(), Source::label));

    private static final HistoryFields<MeasureLink> LINK_HISTORY = HistoryFields.of(MeasureLink.class)
            .field("measure.links.relation", MeasureLink::getType);

    private final PolicyMeasureRepository measures;
    private final MeasureLinkRepository links;
    private final ConcernService concerns;
    private final JurisdictionService jurisdictions;

    MeasureService(PolicyMeasureRepository measures, MeasureLinkRepository links, ConcernService concerns,
                   JurisdictionService jurisdictions, EditorialPolicy policy, ReviewLog reviewLog,
                   NewItemValidator newItemValidator, ItemHistory itemHistory) {
        super(KIND, measures, policy, reviewLog, newItemValidator, itemHistory);
        this.measures = measures;
        this.links = links;
        this.concerns = concerns;
        this.jurisdictions = jurisdictions;
    }

    /**
     * One page of the measures the caller may see that match the filter, with their jurisdictions and platforms (the
     * platforms of the whole page in one more query).
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PolicyMeasure> list(MeasureFilter filter, Pageable pageable) {
        List<PolicyMeasure> page = measures.search(filter, policy.visibility(), pageable);
        page.forEach(measure -> Hibernate.initialize(measure.getPlatforms()));
        return page;
    }

    /**
     * One page of the measures the caller may see that match the filter, as rows with when each changed, read by
     * keyset from where the last page ended: what the API pages with.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Stamped<MeasureRow>> list(MeasureFilter filter, Keyset keyset) {
        return measures.seek(filter, policy.visibility(), keyset);
    }

    /** The measure with this id as a row, with when it changed; empty if there is none or the caller may not see it. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Stamped<MeasureRow>> row(long id) {
        return measures.stampedRow(id, policy.visibility());
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long count(MeasureFilter filter) {
        return measures.countMatching(filter, policy.visibility());
    }

    /**
     * The ids of the measures the caller may see that match the filter, by id: "all matching" for a bulk action.
     *
     * @throws WorkflowException when more match than a bulk action takes ({@value #BULK_MAX})
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Long> ids(MeasureFilter filter) {
        return withinBulkLimit(measures.ids(filter, policy.visibility(), BULK_MAX + 1));
    }

    /**
     * Measures the caller may see in the same jurisdiction, titled the same but for case and spaces
     * ({@link TitleKey}), other than {@code exceptId}: likely duplicates, to warn about before saving.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PolicyMeasure> likelyDuplicates(String jurisdictionCode, String title, @Nullable Long exceptId) {
        if (TextRules.cannotBeStored(jurisdictionCode)) {
            return List.of();
        }
        return measures.findLikeTitled(jurisdictionCode, TitleKey.of(title.strip())).stream()
                .filter(measure -> !measure.getId().equals(exceptId))
                .filter(this::visible)
                .toList();
    }

    /**
     * The measures the caller may see in these jurisdictions titled like one of these titles ({@link TitleKey}), with
     * their platforms: what an import's chunk of rows may name, found in one query.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PolicyMeasure> likelyDuplicatesAmong(Collection<String> jurisdictionCodes, Collection<String> titles) {
        if (jurisdictionCodes.isEmpty() || titles.isEmpty()) {
            return List.of();
        }
        return measures.findLikeTitledAmong(jurisdictionCodes, titles.stream().map(TitleKey::of).distinct().toList())
                .stream().filter(this::visible).sorted(Comparator.comparing(PolicyMeasure::getId)).toList();
    }

    /**
     * The links from and to the measure, as they read from it ("supersedes …", "challenged by …"), leaving out those
     * whose other measure the caller may not see; refused for a measure the caller may not see.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<LinkView> links(long id) {
        get(id);
        return links.findTouching(id).stream()
                .filter(link -> visible(link.getFromMeasure()) && visible(link.getToMeasure()))
                .map(link -> LinkView.of(link, id)).toList();
    }

    /**
     * Records that measure {@code fromId} supersedes, amends, repeals or challenges measure {@code toId}; whoever may
     * edit the first may link it.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void link(long fromId, LinkType type, long toId) {
        PolicyMeasure from = load(fromId);
        policy.requireEdit(from.getState(), from.scope());
        PolicyMeasure to = get(toId);
        if (fromId == toId) {
            throw new WorkflowException("measure.link.self");
        }
        if (!links.existsByFromMeasureIdAndToMeasureIdAndType(fromId, toId, type)) {
            links.save(new MeasureLink(from, type, to));
        }
    }

    /**
     * Removes a link: whoever may edit its first measure and see the other may, as for {@link #link}; a link to a
     * measure the caller does not see is not theirs to remove.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void unlink(long linkId) {
        MeasureLink link = links.findById(linkId)
                .orElseThrow(() -> new NoSuchElementException("There is no link " + linkId + "."));
        PolicyMeasure from = link.getFromMeasure();
        policy.requireEdit(from.getState(), from.scope());
        PolicyMeasure to = link.getToMeasure();
        policy.requireSee(to.getState(), to.scope());
        links.delete(link);
    }

    /**
     * The measures among {@code ids} that the caller may see, by title, for pages that refer to them (notifications,
     * watchlists); those the caller may not see are left out, as if they did not exist.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<MeasureTitle> titles(Collection<Long> ids) {
        return measures.findAllById(ids).stream().filter(this::visible)
                .map(measure -> new MeasureTitle(measure.getId(), measure.getTitle()))
                .sorted(Comparator.comparing(MeasureTitle::title).thenComparing(MeasureTitle::id)).toList();
    }

    /**
     * The concerns this measure bears on that the caller may see, by title; refused for a measure the caller may not
     * see.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ConcernTitle> concerns(long id) {
        return concerns.titles(get(id).concernIds());
    }

    @Override
    protected HistoryFields<PolicyMeasure> describeHistory() {
        return HistoryFields.of(PolicyMeasure.class)
                .field("common.title", PolicyMeasure::getTitle)
                .field("common.jurisdiction", measure -> measure.getJurisdiction() == null ? null
                        : measure.getJurisdiction().getCode())
                .field("measure.form.platforms", measure -> HistoryFields.names(measure.getPlatforms(),
                        Platform::getName))
                .field("measure.form.policy-area", PolicyMeasure::getPolicyArea)
                .field("measure.instrument", PolicyMeasure::getInstrument)
                .field("measure.form.binding", PolicyMeasure::isBinding)
                .longText("common.summary", PolicyMeasure::getSummary);
    }

    @Override
    protected void copyFields(PolicyMeasure version, PolicyMeasure into) {
        into.setTitle(version.getTitle());
        into.setJurisdiction(stored(Jurisdiction.class, version.getJurisdiction()));
        into.setPlatforms(version.getPlatforms().stream().map(platform -> stored(Platform.class, platform))
                .collect(Collectors.toSet()));
        into.setPolicyArea(version.getPolicyArea());
        into.setInstrument(version.getInstrument());
        into.setBinding(version.isBinding());
        into.setSummary(version.getSummary());
    }

    /**
     * The history of the measure's events (each line says which event) and of its links to measures the caller may
     * see now.
     */
    @Override
    protected List<HistoryEntry> historyOfParts(long id) {
        List<HistoryEntry> parts = new ArrayList<>(itemHistory().entries(
                itemHistory().versionsRelatedTo(PolicyEvent.class, "measure", id), EVENT_HISTORY,
                event -> new Text("history.subject.event", event.getDate(), event.getAction())));
        // The concerns it bore on that the caller may see now, as the page shows them: their titles read once for all
        // the versions rather than once per version.
        List<Version<PolicyMeasure>> versions = itemHistory().versions(PolicyMeasure.class, id);
        Map<Long, String> visibleTitles = concerns.titles(versions.stream()
                        .flatMap(version -> version.item().concernIds().stream()).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(ConcernTitle::id, ConcernTitle::title));
        HistoryFields<PolicyMeasure> concernLinks = HistoryFields.of(PolicyMeasure.class)
                .field("measure.concerns.title", measure -> measure.concernIds().stream().map(visibleTitles::get)
                        .filter(Objects::nonNull).sorted().toList());
        itemHistory().entries(versions, concernLinks, measure -> null).stream()
                .filter(entry -> !entry.changes().isEmpty())
                .map(entry -> new HistoryEntry(entry.at(), entry.username(), ChangeKind.CHANGED, null, null, null,
                        entry.changes(), null, null))
                .forEach(parts::add);
        parts.addAll(linkHistory(id, "fromMeasure", MeasureLink::getToMeasure, LinkType::forward));
        parts.addAll(linkHistory(id, "toMeasure", MeasureLink::getFromMeasure, LinkType::backward));
        return parts;
    }

    private List<HistoryEntry> linkHistory(long id, String end, Function<MeasureLink, PolicyMeasure> other,
                                           Function<LinkType, Text> relation) {
        List<Version<MeasureLink>> all = itemHistory().versionsRelatedTo(MeasureLink.class, end, id);
        Set<Long> visibleOthers = measures.findAllById(all.stream().map(version -> other.apply(version.item()).getId())
                        .collect(Collectors.toSet())).stream()
                .filter(this::visible).map(PolicyMeasure::getId).collect(Collectors.toSet());
        List<Version<MeasureLink>> versions = all.stream()
                .filter(version -> visibleOthers.contains(other.apply(version.item()).getId())).toList();
        return itemHistory().entries(versions, LINK_HISTORY, link -> new Text("history.subject.link",
                relation.apply(link.getType()), other.apply(link).getTitle()));
    }

    /** The measures bearing on this concern that the caller may see; refused for a concern the caller may not see. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PolicyMeasure> bearingOn(long concernId) {
        concerns.get(concernId);
        return measures.findBearingOn(concernId, policy.visibility());
    }

    /** Records that the measure bears on the concern; whoever may edit the measure and see the concern may. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void linkConcern(long measureId, long concernId) {
        PolicyMeasure measure = load(measureId);
        policy.requireEdit(measure.getState(), measure.scope());
        concerns.get(concernId);
        measure.concernIds().add(concernId);
    }

    /**
     * Removes the link between the measure and the concern; whoever may edit the measure and see the concern may, as
     * for {@link #linkConcern}.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void unlinkConcern(long measureId, long concernId) {
        PolicyMeasure measure = load(measureId);
        policy.requireEdit(measure.getState(), measure.scope());
        concerns.get(concernId);
        measure.concernIds().remove(concernId);
    }

    /** The measures in force the caller may see: current status IN_FORCE, not archived; now, or at a past moment. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long countInForce(@Nullable Instant asOf) {
        return measures.countInForce(policy.visibility(), asOf);
    }

    /**
     * One page of the register's rows the caller may see that match the filter, now or as they stood at the filter's
     * moment (the measures then, with their states and current statuses then).
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<MeasureRow> rows(MeasureFilter filter, Pageable pageable) {
        return measures.rows(filter, policy.visibility(), pageable);
    }

    /**
     * The measure's events as they stood at a past moment, in date order ({@link PolicyDate}), with their sources.
     *
     * @throws AccessDeniedException if the caller may not see the measure as it stood then
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PolicyEvent> eventsAsOf(long id, Instant moment) {
        asOf(id, moment);
        List<PolicyEvent> then = itemHistory().allAt(PolicyEvent.class, "measure", id, moment);
        then.forEach(event -> Hibernate.initialize(event.getSources()));
        return then.stream().sorted(Comparator.comparing(PolicyEvent::getDate).thenComparing(PolicyEvent::getId))
                .toList();
    }

    /**
     * The current status the measure had at a past moment, derived from its events then; empty while none had happened.
     *
     * @throws AccessDeniedException if the caller may not see the measure as it stood then
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Text> statusAsOf(long id, Instant moment) {
        asOf(id, moment);
        return measures.statusThen(id, moment);
    }

    /** Measures the caller may see that match the filter, counted by jurisdiction and current status. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<MeasureCounts.ByKeyAndStatus> countByJurisdictionAndStatus(MeasureFilter filter) {
        return measures.countByJurisdictionAndStatus(filter, policy.visibility());
    }

    /** Measures the caller may see that match the filter, counted by platform affected and current status. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<MeasureCounts.ByKeyAndStatus> countByPlatformAndStatus(MeasureFilter filter) {
        return measures.countByPlatformAndStatus(filter, policy.visibility());
    }

    /** The measures the caller may see that changed last, newest first; or the last before a past moment, as then. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<MeasureChange> recentlyChanged(int limit, @Nullable Instant asOf) {
        if (asOf != null) {
            return measures.recentlyChangedThen(policy.visibility(), limit, asOf);
        }
        return measures.search(MeasureFilter.ALL, policy.visibility(),
                PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "modifiedAt"))).stream().map(MeasureChange::of)
                .toList();
    }

    /**
     * Replaces the measure's jurisdiction by the stored row its id names, so that its scope is read from the row the
     * save will refer to, not from a code set in memory.
     */
    @Override
    protected void useStoredReferences(PolicyMeasure measure) {
        measure.setJurisdiction(jurisdictions.stored(Objects.requireNonNull(measure.getJurisdiction())));
    }

    /**
     * A link as it reads from one of its two measures.
     *
     * @param relation how it reads from that measure, for the UI to put into words: "supersedes", "is challenged by"
     */
    public record LinkView(long linkId, Text relation, long otherId, String otherTitle, boolean outgoing) {

        static LinkView of(MeasureLink link, long fromPointOfView) {
            boolean outgoing = link.getFromMeasure().getId() == fromPointOfView;
            PolicyMeasure other = outgoing ? link.getToMeasure() : link.getFromMeasure();
            return new LinkView(link.getId(), outgoing ? link.getType().forward() : link.getType().backward(),
                    other.getId(), other.getTitle(), outgoing);
        }
    }
}
