package org.sovereigntywatch.timeline;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.editorial.CommonFilter;

/**
 * What the measures grid and the reports are filtered by; every part is optional, an empty set meaning "any". Words
 * are looked for in the title or summary. Start from {@link #ALL} and narrow it with the {@code with…} methods (those
 * of the {@linkplain CommonFilter common parts} included).
 *
 * @param currentStatus the action of the measure's latest event that happened
 */
public record MeasureFilter(CommonFilter common, @Nullable Instrument instrument,
                            @Nullable EventAction currentStatus) implements CommonFilter.Narrowing<MeasureFilter> {

    public static final MeasureFilter ALL = new MeasureFilter(CommonFilter.ANY, null, null);

    @Override
    public MeasureFilter withCommon(CommonFilter parts) {
        return new MeasureFilter(parts, instrument, currentStatus);
    }

    public MeasureFilter withInstrument(@Nullable Instrument value) {
        return new MeasureFilter(common, value, currentStatus);
    }

    /** Measures whose latest event that happened has this action: {@code IN_FORCE} for the measures in force. */
    public MeasureFilter withCurrentStatus(@Nullable EventAction value) {
        return new MeasureFilter(common, instrument, value);
    }
}
