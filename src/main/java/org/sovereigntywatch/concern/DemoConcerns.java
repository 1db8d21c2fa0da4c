package org.sovereigntywatch.concern;

import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * The concerns of the two articles the project started from, recorded by the demo analyst and published by the demo
 * reviewer through the services, so they carry a real review log. A concern whose title exists is left alone, so
 * loading the demo data twice adds nothing.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("sovereigntywatch.demo-data")
class DemoConcerns implements ApplicationRunner {

    private static final String REDNOTE_ARTICLE = "https://viralmag.fr/?p=64330";
    private static final String COMMERCE_BAN_ARTICLE =
            "https://www.fredzone.org/face-a-son-interdiction-aux-usa-tiktok-sollicite-laide-de-facebook-et-instagram-666";

    private final ConcernRepository repository;
    private final ConcernService concerns;
    private final SourceService sources;
    private final PlatformService platforms;
    private final JurisdictionService jurisdictions;
    private final UserService users;
    private final RunAs runAs;

    DemoConcerns(ConcernRepository repository, ConcernService concerns, SourceService sources,
                 PlatformService platforms, JurisdictionService jurisdictions, UserService users, RunAs runAs) {
        this.repository = repository;
        this.concerns = concerns;
        this.sources = sources;
        this.platforms = platforms;
        this.jurisdictions = jurisdictions;
        this.users = users;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        record("Xiaohongshu (RedNote): Chinese law could reach American users' data", "Xiaohongshu",
                ConcernCategory.STATE_ACCESS, """
                        American "TikTok refugees" moved to Xiaohongshu in January 2025. The app is subject to Chinese \
                        law, so the Chinese government could potentially access the data of its American users.""",
                "The platform says it stores the information of users outside China separately.",
                ClaimStatus.UNVERIFIED, 3, 4, Confidence.MEDIUM, TreatmentStatus.OPEN, List.of(REDNOTE_ARTICLE),
                PublicationState.PUBLISHED);
        record("TikTok: espionage and manipulation risk for 170 million US users", "TikTok",
                ConcernCategory.CONTENT_MANIPULATION, """
                        US authorities cite the risk of espionage and of manipulation by China of TikTok's 170 million \
                        American users; ByteDance and NGOs call the ban a breach of free speech.""",
                "US users' data would be held by Oracle in the United States (the Oracle arrangement of 2020).",
                ClaimStatus.DISPUTED, 4, 5, Confidence.MEDIUM, TreatmentStatus.MONITORING,
                List.of(REDNOTE_ARTICLE, COMMERCE_BAN_ARTICLE), PublicationState.PUBLISHED);
        record("TikTok: minors' data insufficiently protected", "TikTok", ConcernCategory.MINORS_DATA, """
                        A large share of TikTok's American users are minors, and the app is regularly accused of not \
                        protecting the youngest enough.""",
                null, ClaimStatus.UNVERIFIED, 3, 4, Confidence.LOW, TreatmentStatus.OPEN,
                List.of(COMMERCE_BAN_ARTICLE), PublicationState.IN_REVIEW);
    }

    private void record(String title, String platform, ConcernCategory category, String description,
                        String claim, ClaimStatus claimStatus, int likelihood, int impact, Confidence confidence,
                        TreatmentStatus treatment, List<String> sourceUrls, PublicationState finalState) {
        if (repository.existsByTitle(title)) {
            return;
        }
        Concern concern = runAs.user("analyst", () -> {
            Concern draft = new Concern(title);
            draft.setPlatform(platforms.findByName(platform).orElseThrow());
            draft.setAffectedJurisdiction(jurisdictions.findByCode("US").orElseThrow());
            draft.setAccessingJurisdiction(jurisdictions.findByCode("CN").orElseThrow());
            draft.setCategory(category);
            draft.setDescription(description);
            draft.setPlatformClaim(claim);
            draft.setClaimStatus(claimStatus);
            draft.setLikelihood(likelihood);
            draft.setImpact(impact);
            draft.setConfidence(confidence);
            draft.setTreatmentStatus(treatment);
            draft.setOwner(users.current());
            draft.setSources(Set.copyOf(sourceUrls.stream().map(this::source).toList()));
            Concern saved = concerns.create(draft);
            return concerns.move(saved.getId(), saved.getVersion(), PublicationState.IN_REVIEW,
                    "Sourced from the press coverage; ready for review.");
        });
        if (finalState == PublicationState.PUBLISHED) {
            runAs.user("reviewer", () -> concerns.move(concern.getId(), concern.getVersion(),
                    PublicationState.PUBLISHED, "Checked against the sources."));
        }
    }

    private Source source(String url) {
        return sources.findByUrl(url).orElseGet(() -> sources.save(url.equals(REDNOTE_ARTICLE)
                ? article("Viral Mag", "Des créateurs américains quittent TikTok pour Xiaohongshu", url,
                "Xiaohongshu étant soumis aux lois chinoises, le gouvernement pourrait potentiellement accéder aux "
                        + "données des utilisateurs américains. La plateforme affirme stocker séparément les "
                        + "informations des utilisateurs hors de Chine, mais le doute persiste.")
                : article("Fredzone", "Face à son interdiction aux USA, TikTok sollicite l’aide de Facebook et Instagram",
                url, "Une interdiction motivée par la sécurité nationale, TikTok étant accusé de dérober les données "
                        + "privées des utilisateurs pour le compte du Parti communiste chinois.")));
    }

    private static Source article(String publisher, String title, String url, String quote) {
        Source source = new Source(publisher, title, url);
        source.setLanguage("fr");
        source.setQuote(quote);
        return source;
    }
}
