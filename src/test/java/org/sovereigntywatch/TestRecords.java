package org.sovereigntywatch;

import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.source.SourceService;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Records the integration tests make for themselves through the services, acting as the demo users, so that each
 * test counts on data of its own whatever else the shared database holds.
 */
@Component
public class TestRecords {

    /** The password of every user {@link #userCovering} makes. */
    public static final String PASSWORD = "a long enough password";

    private final RunAs runAs;
    private final ConcernService concerns;
    private final PlatformService platforms;
    private final JurisdictionService jurisdictions;
    private final SourceService sources;
    private final UserService users;
    private final MeasureService measures;
    private final EventService events;

    TestRecords(RunAs runAs, ConcernService concerns, PlatformService platforms, JurisdictionService jurisdictions,
                SourceService sources, UserService users, MeasureService measures, EventService events) {
        this.measures = measures;
        this.events = events;
        this.runAs = runAs;
        this.concerns = concerns;
        this.platforms = platforms;
        this.jurisdictions = jurisdictions;
        this.sources = sources;
        this.users = users;
    }

    /** A platform no other test uses, so its rows in aggregates and reports are this test's alone. */
    public Platform newPlatform() {
        return runAs.user("admin", () -> platforms.save(new Platform("Test platform " + UUID.randomUUID())));
    }

    /** An unsaved concern of the affected jurisdiction, Chinese law, owned by the analyst, citing a seed article. */
    public Concern newConcern(Platform platform, String affected, int likelihood, int impact) {
        Concern concern = new Concern("Test concern " + UUID.randomUUID());
        concern.setPlatform(platform);
        concern.setAffectedJurisdiction(runAs.user("viewer", () -> jurisdictions.findByCode(affected).orElseThrow()));
        concern.setAccessingJurisdiction(runAs.user("viewer", () -> jurisdictions.findByCode("CN").orElseThrow()));
        concern.setLikelihood(likelihood);
        concern.setImpact(impact);
        concern.setOwner(runAs.user("admin", () -> users.findByUsername("analyst").orElseThrow()));
        concern.setSources(Set.of(runAs.user("viewer",
                () -> sources.findByUrl("https://viralmag.fr/?p=64330").orElseThrow())));
        return concern;
    }

    /** Records the concern as a draft, as the analyst. */
    public Concern create(Concern concern) {
        return runAs.user("analyst", () -> concerns.create(concern));
    }

    /**
     * A new user with this role covering only these jurisdictions (and their subdivisions), made by the admin, for
     * acting out what someone outside a jurisdiction may not do.
     *
     * @return the username
     */
    public String userCovering(Role role, String... jurisdictionCodes) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        AppUser user = new AppUser(username, role.name() + " covering " + String.join(", ", jurisdictionCodes), role);
        user.setJurisdictionCodes(Set.of(jurisdictionCodes));
        runAs.user("admin", () -> users.create(user, PASSWORD));
        return username;
    }

    /** A new draft measure of this jurisdiction affecting the platform, recorded by the analyst. */
    public PolicyMeasure createMeasure(Platform platform, String jurisdiction) {
        PolicyMeasure measure = new PolicyMeasure("Test measure " + UUID.randomUUID());
        measure.setJurisdiction(runAs.user("viewer", () -> jurisdictions.findByCode(jurisdiction).orElseThrow()));
        measure.setPlatforms(Set.of(platform));
        return runAs.user("analyst", () -> measures.create(measure));
    }

    /** Submits the measure (the analyst) and publishes it (the reviewer). */
    public PolicyMeasure publish(PolicyMeasure measure) {
        PolicyMeasure submitted = runAs.user("analyst", () -> measures.move(measure.getId(), measure.getVersion(),
                PublicationState.IN_REVIEW, null));
        return runAs.user("reviewer", () -> measures.move(submitted.getId(), submitted.getVersion(),
                PublicationState.PUBLISHED, null));
    }

    /**
     * A step of the measure that happened on this day, recorded by the reviewer (who may change a published one). Pick
     * a day far from the demo timelines' (2020 on), which the timeline's tests draw and count.
     */
    public PolicyEvent addEvent(PolicyMeasure measure, LocalDate day, EventAction action) {
        PolicyEvent event = new PolicyEvent(measure, PolicyDate.day(day.getYear(), day.getMonthValue(),
                day.getDayOfMonth()), action, "Test step " + UUID.randomUUID());
        return runAs.user("reviewer", () -> events.save(event));
    }

    /** Submits the concern (the analyst) and publishes it (the reviewer). */
    public Concern publish(Concern concern) {
        Concern submitted = runAs.user("analyst", () -> concerns.move(concern.getId(), concern.getVersion(),
                PublicationState.IN_REVIEW, null));
        return runAs.user("reviewer", () -> concerns.move(submitted.getId(), submitted.getVersion(),
                PublicationState.PUBLISHED, null));
    }
}
