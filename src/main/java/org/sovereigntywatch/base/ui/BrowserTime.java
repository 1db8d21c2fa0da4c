package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import org.jspecify.annotations.Nullable;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Shows instants, which are stored in UTC, in the time zone of the user's browser (UTC where it is not known) and in
 * the format of the user's locale.
 */
public final class BrowserTime {

    private BrowserTime() {
    }

    /** The instant in the current UI's locale. */
    public static String format(@Nullable Instant instant) {
        UI ui = UI.getCurrent();
        return format(instant, ui == null ? Locale.UK : ui.getLocale());
    }

    static String format(@Nullable Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(instant.atZone(zone()));
    }

    /** The browser's time zone, UTC where it is not known. */
    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        if (details == null || details.getTimeZoneId() == null || details.getTimeZoneId().isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(details.getTimeZoneId());
        } catch (DateTimeException unknownZone) {
            return ZoneOffset.UTC;
        }
    }
}
