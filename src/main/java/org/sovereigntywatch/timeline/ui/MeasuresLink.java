package org.sovereigntywatch.timeline.ui;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.ui.FilterAddress;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.history.ui.AsOfField;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.Instrument;

import java.time.Instant;

/**
 * A link into the measures with filters set ({@link MeasuresView#link()}), under the names the view reads them
 * by; each method gives a new link.
 */
public final class MeasuresLink {

    // The address parameters MeasuresView reads and writes, and links set.
    static final String TEXT = "q";
    static final String JURISDICTION = "jurisdiction";
    static final String PLATFORM = "platform";
    static final String INSTRUMENT = "instrument";
    static final String STATE = "state";
    static final String STATUS = "status";
    static final String AS_OF = AsOfField.PARAMETER;

    private final FilterAddress.Link address;

    MeasuresLink(FilterAddress.Link address) {
        this.address = address;
    }

    public MeasuresLink text(String words) {
        return new MeasuresLink(address.value(TEXT, words));
    }

    public MeasuresLink jurisdiction(String code) {
        return new MeasuresLink(address.value(JURISDICTION, code));
    }

    public MeasuresLink platform(String name) {
        return new MeasuresLink(address.value(PLATFORM, name));
    }

    public MeasuresLink instrument(Instrument value) {
        return new MeasuresLink(address.constant(INSTRUMENT, value));
    }

    public MeasuresLink state(PublicationState value) {
        return new MeasuresLink(address.constant(STATE, value));
    }

    /** Measures whose current status (what their latest step that happened made them) is this. */
    public MeasuresLink currentStatus(EventAction value) {
        return new MeasuresLink(address.constant(STATUS, value));
    }

    /** The register as it stood at {@code moment}; as now for null. */
    public MeasuresLink asOf(@Nullable Instant moment) {
        return moment == null ? this : new MeasuresLink(address.value(AS_OF, moment.toString()));
    }

    /** {@code measures?status=IN_FORCE}, relative to the application's root. */
    public String address() {
        return address.address();
    }
}
