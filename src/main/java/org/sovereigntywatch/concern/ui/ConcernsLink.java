package org.sovereigntywatch.concern.ui;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.ui.FilterAddress;
import org.sovereigntywatch.concern.ConcernCategory;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.history.ui.AsOfField;

import java.time.Instant;

/**
 * A link into the concern register with filters set ({@link ConcernsView#link()}), under the names the register reads
 * them by. The filters are given as the address shows them (a platform by name), which is what a page that links
 * here has at hand; each method gives a new link, so one can start several.
 */
public final class ConcernsLink {

    // The register's address parameters: ConcernsView reads and writes them, links set them.
    static final String TEXT = "q";
    static final String PLATFORM = "platform";
    static final String JURISDICTION = "jurisdiction";
    static final String CATEGORY = "category";
    static final String LEVEL = "level";
    static final String STATE = "state";
    static final String OVERDUE = "overdue";
    static final String OPEN = "open";
    static final String AS_OF = AsOfField.PARAMETER;

    private final FilterAddress.Link address;

    ConcernsLink(FilterAddress.Link address) {
        this.address = address;
    }

    public ConcernsLink text(String words) {
        return new ConcernsLink(address.value(TEXT, words));
    }

    public ConcernsLink platform(String name) {
        return new ConcernsLink(address.value(PLATFORM, name));
    }

    public ConcernsLink jurisdiction(String code) {
        return new ConcernsLink(address.value(JURISDICTION, code));
    }

    public ConcernsLink category(ConcernCategory value) {
        return new ConcernsLink(address.constant(CATEGORY, value));
    }

    public ConcernsLink level(RiskLevel value) {
        return new ConcernsLink(address.constant(LEVEL, value));
    }

    public ConcernsLink state(PublicationState value) {
        return new ConcernsLink(address.constant(STATE, value));
    }

    public ConcernsLink overdueOnly() {
        return new ConcernsLink(address.flag(OVERDUE, true));
    }

    public ConcernsLink openOnly() {
        return new ConcernsLink(address.flag(OPEN, true));
    }

    /** The register as it stood at {@code moment}; as now for null. */
    public ConcernsLink asOf(@Nullable Instant moment) {
        return moment == null ? this : new ConcernsLink(address.value(AS_OF, moment.toString()));
    }

    /** {@code concerns?jurisdiction=US&open=true}, relative to the application's root. */
    public String address() {
        return address.address();
    }
}
