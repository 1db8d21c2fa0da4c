package org.sovereigntywatch.timeline;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.PublicationState;

/**
 * What the measures grid is filtered by; every part is optional.
 *
 * @param text words in the title or summary, ignoring case
 */
public record MeasureFilter(String text, @Nullable String jurisdictionCode, @Nullable Long platformId,
                            @Nullable Instrument instrument, @Nullable PublicationState state) {

    public static final MeasureFilter ALL = new MeasureFilter("", null, null, null, null);

    public MeasureFilter {
        text = text.strip().toLowerCase();
    }

    public String jurisdiction() {
        return jurisdictionCode == null ? "" : jurisdictionCode;
    }
}
