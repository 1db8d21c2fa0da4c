package org.sovereigntywatch.timeline;

import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.ConcernRow;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Timelines from the two seed articles and well-known public events: the US Commerce Department's 2020 prohibition of
 * TikTok and WeChat downloads and the Oracle arrangement, the 2024 divest-or-ban law, its Supreme Court hearing and
 * ruling, its effective date and Xiaohongshu topping the US App Store, India's 2020 block of 59 apps, and Montana's
 * 2023 ban, enjoined before the day it was to take effect (a step that did not happen). Recorded by
 * the demo analyst and published by the demo reviewer through the services; a measure whose title exists is left
 * alone, so loading twice adds nothing. Steps cite a source where one is on record here.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("sovereigntywatch.demo-data")
class DemoTimelines implements ApplicationRunner {

    private static final String REDNOTE_ARTICLE = "https://viralmag.fr/?p=64330";
    private static final String COMMERCE_BAN_ARTICLE =
            "https://www.fredzone.org/face-a-son-interdiction-aux-usa-tiktok-sollicite-laide-de-facebook-et-instagram-666";
    private static final String COMMERCE_PRESS_RELEASE = "https://2017-2021.commerce.gov/news/press-releases/2020/09/"
            + "commerce-department-prohibits-wechat-and-tiktok-transactions-protect.html";
    private static final String SUPREME_COURT_DOCKET =
            "https://www.supremecourt.gov/docket/docketfiles/html/public/24-656.html";
    private static final String INDIA_PRESS_RELEASE = "https://pib.gov.in/PressReleasePage.aspx?PRID=1635206";

    private final PolicyMeasureRepository repository;
    private final MeasureService measures;
    private final EventService events;
    private final ConcernService concerns;
    private final SourceService sources;
    private final PlatformService platforms;
    private final JurisdictionService jurisdictions;
    private final RunAs runAs;

    DemoTimelines(PolicyMeasureRepository repository, MeasureService measures, EventService events,
                  ConcernService concerns, SourceService sources, PlatformService platforms,
                  JurisdictionService jurisdictions, RunAs runAs) {
        this.repository = repository;
        this.measures = measures;
        this.events = events;
        this.concerns = concerns;
        this.sources = sources;
        this.platforms = platforms;
        this.jurisdictions = jurisdictions;
        this.runAs = runAs;
    }

    /** A step of a demo measure: its date, action, status, summary and the addresses of its sources. */
    private record Step(PolicyDate date, EventAction action, EventStatus status, String summary,
                        List<String> sourceUrls) {
        Step(PolicyDate date, EventAction action, String summary, String... sourceUrls) {
            this(date, action, EventStatus.HAPPENED, summary, Arrays.asList(sourceUrls));
        }

        /** An expected step that did not happen. */
        static Step didNotHappen(PolicyDate date, EventAction action, String summary) {
            return new Step(date, action, EventStatus.CANCELLED, summary, List.of());
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        Long order = record("Commerce Department prohibits TikTok and WeChat transactions", "US",
                Instrument.EXECUTIVE_ORDER, Set.of("TikTok", "WeChat"), """
                        Under Executive Orders 13942 and 13943, the Commerce Department bars app stores from offering \
                        TikTok and WeChat in the United States, citing the risk that user data reaches the Chinese \
                        Communist Party.""", "espionage and manipulation",
                new Step(PolicyDate.day(2020, 9, 18), EventAction.ANNOUNCED, """
                        Commerce announces that from 20 September TikTok and WeChat can no longer be downloaded in the \
                        United States.""", COMMERCE_PRESS_RELEASE, COMMERCE_BAN_ARTICLE),
                new Step(PolicyDate.day(2020, 9, 19), EventAction.POSTPONED, """
                        With the Oracle arrangement approved in principle, the TikTok prohibition is put back by a \
                        week.""", COMMERCE_BAN_ARTICLE),
                new Step(PolicyDate.day(2020, 9, 27), EventAction.INJUNCTION, """
                        A federal judge in Washington enjoins the app-store prohibition hours before it takes \
                        effect."""),
                new Step(PolicyDate.day(2021, 6, 9), EventAction.REPEALED, """
                        Executive Order 14034 revokes the TikTok and WeChat orders."""));
        Long law = record("Protecting Americans from Foreign Adversary Controlled Applications Act", "US",
                Instrument.LAW, Set.of("TikTok"), """
                        Divest-or-ban law: TikTok is banned in the United States unless ByteDance sells it by \
                        19 January 2025.""", "espionage and manipulation",
                new Step(PolicyDate.day(2024, 4, 24), EventAction.SIGNED, "The President signs the law."),
                new Step(PolicyDate.day(2025, 1, 13), EventAction.MARKET_EVENT, """
                        Xiaohongshu (RedNote) tops free downloads on the US App Store as "TikTok refugees" \
                        arrive.""", REDNOTE_ARTICLE),
                new Step(PolicyDate.day(2025, 1, 19), EventAction.IN_FORCE, """
                        The ban takes effect as ByteDance has not sold TikTok.""", REDNOTE_ARTICLE),
                new Step(PolicyDate.day(2025, 1, 20), EventAction.POSTPONED, """
                        An executive order delays enforcement of the law by 75 days."""));
        Long lawsuit = record("TikTok Inc. v. Garland", "US", Instrument.COURT_CASE, Set.of("TikTok"), """
                        TikTok and ByteDance challenge the divest-or-ban law as a breach of free speech.""", null,
                new Step(PolicyDate.day(2025, 1, 10), EventAction.HEARING, """
                        The Supreme Court hears argument; a majority of the justices seem inclined to let the law \
                        take effect.""", SUPREME_COURT_DOCKET, REDNOTE_ARTICLE),
                new Step(PolicyDate.day(2025, 1, 17), EventAction.RULING, """
                        The Supreme Court upholds the law.""", SUPREME_COURT_DOCKET));
        record("Blocking of 59 Chinese apps under Section 69A of the IT Act", "IN", Instrument.NETWORK_BLOCK,
                Set.of("TikTok", "WeChat"), """
                        India's Ministry of Electronics and IT blocks 59 apps, TikTok and WeChat among them, as \
                        prejudicial to sovereignty, defence and security.""", null,
                new Step(PolicyDate.day(2020, 6, 29), EventAction.IN_FORCE, """
                        The Ministry blocks the 59 apps.""", INDIA_PRESS_RELEASE),
                new Step(PolicyDate.month(2021, 1), EventAction.IN_FORCE, "The ban is made permanent."));
        record("Montana SB 419: ban on TikTok in the state", "US-MT", Instrument.LAW, Set.of("TikTok"), """
                        The first state law banning TikTok: app stores may not offer it in Montana, with fines per \
                        violation, unless it is sold to a company outside a foreign adversary.""", null,
                new Step(PolicyDate.day(2023, 5, 17), EventAction.SIGNED, "The Governor signs SB 419."),
                new Step(PolicyDate.day(2023, 11, 30), EventAction.INJUNCTION, """
                        A federal judge enjoins the ban before it takes effect."""),
                Step.didNotHappen(PolicyDate.day(2024, 1, 1), EventAction.IN_FORCE, """
                        The ban was to take effect; enjoined first, it never did."""));
        if (lawsuit != null && law != null) {
            runAs.user("reviewer", () -> {
                measures.link(lawsuit, LinkType.CHALLENGES, law);
                return null;
            });
        }
        if (law != null && order != null) {
            runAs.user("reviewer", () -> {
                measures.link(law, LinkType.SUPERSEDES, order);
                return null;
            });
        }
    }

    /** Records, fills and publishes a measure; returns its id, or null if it was there already. */
    private Long record(String title, String jurisdiction, Instrument instrument, Set<String> platformNames,
                        String summary, String concernWords, Step... steps) {
        if (repository.existsByTitle(title)) {
            return null;
        }
        PolicyMeasure created = runAs.user("analyst", () -> {
            PolicyMeasure measure = new PolicyMeasure(title);
            measure.setJurisdiction(jurisdictions.findByCode(jurisdiction).orElseThrow());
            measure.setInstrument(instrument);
            measure.setPolicyArea(PolicyArea.NATIONAL_SECURITY);
            measure.setBinding(instrument != Instrument.COURT_CASE);
            measure.setSummary(summary);
            Set<org.sovereigntywatch.reference.Platform> affected = new HashSet<>();
            platformNames.forEach(name -> affected.add(platforms.findByName(name).orElseThrow()));
            measure.setPlatforms(affected);
            PolicyMeasure saved = measures.create(measure);
            for (Step step : steps) {
                PolicyEvent event = new PolicyEvent(saved, step.date(), step.action(), step.summary());
                event.setExpected(step.status() != EventStatus.HAPPENED);
                event.setCancelled(step.status() == EventStatus.CANCELLED);
                event.setSources(new HashSet<>(step.sourceUrls().stream().map(this::source).toList()));
                events.save(event);
            }
            if (concernWords != null) {
                for (ConcernRow concern : concerns.list(
                        ConcernFilter.ALL.withText(concernWords), Pageable.ofSize(5))) {
                    measures.linkConcern(saved.getId(), concern.id());
                }
            }
            PolicyMeasure current = measures.get(saved.getId());
            return measures.move(current.getId(), current.getVersion(), PublicationState.IN_REVIEW, null);
        });
        runAs.user("reviewer", () -> measures.move(created.getId(), created.getVersion(), PublicationState.PUBLISHED,
                "Checked against the sources."));
        return created.getId();
    }

    private Source source(String url) {
        return sources.findByUrl(url).orElseGet(() -> sources.save(switch (url) {
            case COMMERCE_PRESS_RELEASE -> official("U.S. Department of Commerce",
                    "Commerce Department Prohibits WeChat and TikTok Transactions to Protect the National Security "
                            + "of the United States", url, "en");
            case SUPREME_COURT_DOCKET -> official("Supreme Court of the United States",
                    "Docket 24-656: TikTok Inc., et al. v. Garland", url, "en");
            case INDIA_PRESS_RELEASE -> official("Press Information Bureau, Government of India",
                    "Government Bans 59 mobile apps which are prejudicial to sovereignty and integrity of India, "
                            + "defence of India, security of state and public order", url, "en");
            default -> throw new IllegalStateException("The demo source " + url + " is recorded with the concerns");
        }));
    }

    private static Source official(String publisher, String title, String url, String language) {
        Source source = new Source(publisher, title, url);
        source.setLanguage(language);
        return source;
    }
}
