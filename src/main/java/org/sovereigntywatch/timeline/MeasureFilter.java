package org.sovereigntywatch.timeline;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.editorial.CommonFilter;

import java.time.Instant;

/**
 * What the measures grid and the reports are filtered by; every part is optional, an empty set meaning "any". Words
 * are looked for in the title or summary. Start from {@link #ALL} and narrow it with the {@code with…} methods (those
 * of the {@linkplain CommonFilter common parts} included).
 *
 * @param currentStatus the action of the measure's latest event that happened
 * @param changedSince  measures that changed at or after this instant, or one of whose events did: what a sync asks
 *                      for since its last run; now only
 */
public record MeasureFilter(CommonFilter common, @Nullable Instrument instrument,
                            @Nullable EventAction currentStatus, @Nullable Instant changedSince)
        implements CommonFilter.Narrowing<MeasureFilter> {

    public static final MeasureFilter ALL = new MeasureFilter(CommonFilter.ANY, null, null, null);

    /** A filter without {@link #changedSince}, as the screens make it. */
    public MeasureFilter(CommonFilter common, @Nullable Instrument instrument, @Nullable EventAction currentStatus) {
        this(common, instrument, currentStatus, null);
    }

    @Override
    public MeasureFilter withCommon(CommonFilter parts) {
        return new MeasureFilter(parts, instrument, currentStatus, changedSince);
    }

    public MeasureFilter withInstrument(@Nullable Instrument value) {
        return new MeasureFilter(common, value, currentStatus, changedSince);
    }

    /** Measures whose latest event that happened has this action: {@code IN_FORCE} for the measures in force. */
    public MeasureFilter withCurrentStatus(@Nullable EventAction value) {
        return new MeasureFilter(common, instrument, value, changedSince);
    }

    public MeasureFilter withChangedSince(@Nullable Instant moment) {
        return new MeasureFilter(common, instrument, currentStatus, moment);
    }
}
