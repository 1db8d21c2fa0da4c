package org.sovereigntywatch;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.PublicationState;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.LinkType;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Services are the security boundary: whatever a view shows or hides, calling a write method without the role it
 * needs fails. One test per role level, each covering every write method that level may not call.
 */
@IntegrationTest
class ServicesRefuseViewersTest {

    @Autowired JurisdictionService jurisdictions;
    @Autowired PlatformService platforms;
    @Autowired SourceService sources;
    @Autowired UserService users;
    @Autowired ConcernService concerns;
    @Autowired MeasureService measures;
    @Autowired EventService events;

    @Test
    @WithUserDetails("viewer")
    void a_viewer_can_call_no_write_method() {
        assertDenied(() -> jurisdictions.save(new Jurisdiction("US-ZZ", "Nowhere", JurisdictionLevel.SUBNATIONAL)));
        assertDenied(() -> platforms.save(new Platform("Viewer's platform")));
        assertDenied(() -> sources.save(new Source("Le Monde", "Title", "https://www.lemonde.fr/")));
        assertDenied(() -> users.create(new AppUser("sneaky", "Sneaky", Role.ADMIN), "long-enough-password"));
        assertDenied(() -> users.update(new AppUser("sneaky", "Sneaky", Role.ADMIN)));
        assertDenied(() -> users.resetPassword(1L, "long-enough-password"));
        assertDenied(() -> users.listAssignable("", Pageable.ofSize(10)));
        assertDenied(() -> concerns.create(new Concern("Viewer's concern")));
        assertDenied(() -> concerns.update(new Concern("Viewer's concern")));
        assertDenied(() -> concerns.move(1L, 0L, PublicationState.IN_REVIEW, null));
        assertDenied(() -> concerns.comment(1L, "Viewer's comment"));
        assertDenied(() -> concerns.delete(1L, 0L));
        assertDenied(() -> measures.create(new PolicyMeasure("Viewer's measure")));
        assertDenied(() -> measures.update(new PolicyMeasure("Viewer's measure")));
        assertDenied(() -> measures.move(1L, 0L, PublicationState.IN_REVIEW, null));
        assertDenied(() -> measures.comment(1L, "Viewer's comment"));
        assertDenied(() -> measures.delete(1L, 0L));
        assertDenied(() -> measures.link(1L, LinkType.AMENDS, 2L));
        assertDenied(() -> measures.unlink(1L));
        assertDenied(() -> measures.linkConcern(1L, 1L));
        assertDenied(() -> measures.unlinkConcern(1L, 1L));
        assertDenied(() -> events.save(new PolicyEvent(new PolicyMeasure("M"), PolicyDate.year(2020),
                EventAction.ANNOUNCED, "Viewer's event")));
        assertDenied(() -> events.delete(1L, 0L));
    }

    @Test
    @WithUserDetails("analyst")
    void an_analyst_records_sources_but_cannot_change_reference_data_or_users() {
        assertDenied(() -> jurisdictions.save(new Jurisdiction("US-ZZ", "Nowhere", JurisdictionLevel.SUBNATIONAL)));
        assertDenied(() -> platforms.save(new Platform("Analyst's platform")));
        assertDenied(() -> users.list("", Pageable.ofSize(10)));
        assertDenied(() -> users.resetPassword(1L, "long-enough-password"));
        assertThatCode(() -> sources.save(new Source("Le Monde", "Title", "https://www.lemonde.fr/")))
                .doesNotThrowAnyException();
    }

    @Test
    @WithUserDetails("reviewer")
    void a_reviewer_cannot_manage_users() {
        assertDenied(() -> users.create(new AppUser("sneaky", "Sneaky", Role.ADMIN), "long-enough-password"));
        assertDenied(() -> platforms.save(new Platform("Reviewer's platform")));
    }

    @Test
    void nobody_signed_in_cannot_even_read() {
        assertNotSignedIn(() -> platforms.list("", Pageable.ofSize(10)));
        assertNotSignedIn(() -> concerns.mayDelete(1L));
        assertNotSignedIn(() -> concerns.likelyDuplicates(1L, "US", "CN", "Title", null));
        assertNotSignedIn(() -> measures.mayDelete(1L));
        assertNotSignedIn(() -> measures.likelyDuplicates("US", "Title", null));
        assertNotSignedIn(() -> sources.likelyDuplicates("https://www.lemonde.fr/"));
    }

    private static void assertNotSignedIn(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private static void assertDenied(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }
}
