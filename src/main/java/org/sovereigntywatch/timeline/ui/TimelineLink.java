package org.sovereigntywatch.timeline.ui;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.ui.FilterAddress;
import org.sovereigntywatch.history.ui.AsOfField;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A link into the timeline with filters set ({@link TimelineView#link()}), under the names the view reads them
 * by; each method gives a new link.
 */
public final class TimelineLink {

    // The address parameters TimelineView reads and writes, and links set.
    static final String JURISDICTION = "jurisdiction";
    static final String PLATFORM = "platform";
    static final String FROM = "from";
    static final String TO = "to";
    static final String LANES = "lanes";
    static final String TEXT = "q";
    static final String ACTION = "action";
    static final String EXPECTED = "expected";
    static final String UNPUBLISHED = "unpublished";
    static final String AS_OF = AsOfField.PARAMETER;
    /** A shortcut read, not written: from today to this many days ahead. */
    static final String DAYS = "days";

    private final FilterAddress.Link address;

    TimelineLink(FilterAddress.Link address) {
        this.address = address;
    }

    /** Expected steps from the day the link is opened to {@code days} ahead. */
    public TimelineLink expectedWithin(int days) {
        return new TimelineLink(address.flag(EXPECTED, true).value(DAYS, String.valueOf(days)));
    }

    /** Expected steps between two days (both included). */
    public TimelineLink expectedBetween(LocalDate first, LocalDate last) {
        return new TimelineLink(address.flag(EXPECTED, true).value(FROM, first.toString()).value(TO, last.toString()));
    }

    /** The timeline as it stood at {@code moment}; as now for null. */
    public TimelineLink asOf(@Nullable Instant moment) {
        return moment == null ? this : new TimelineLink(address.value(AS_OF, moment.toString()));
    }

    /** {@code timeline?expected=true&days=30}, relative to the application's root. */
    public String address() {
        return address.address();
    }
}
