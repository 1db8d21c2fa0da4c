package org.sovereigntywatch.history.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.ui.BrowserTime;
import org.sovereigntywatch.base.ui.ComponentTexts;
import org.sovereigntywatch.base.ui.DatePickers;
import org.sovereigntywatch.base.ui.ViewClock;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * "As of": a past moment to show the record at, as a day and an optional time in the browser's time zone; a day
 * without a time means the end of that day, everything recorded on it. Empty means now. Its value is the moment
 * itself, the same for every reader wherever they are, so an address that carries it shows everyone the same past.
 */
public class AsOfField extends CustomField<Instant> {

    /** The query parameter that carries the moment in an address: {@code ?asOf=2025-01-19T10:00:00Z}. */
    public static final String PARAMETER = "asOf";

    /** The time a day alone stands for: its last microsecond, the precision revisions are stamped to. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59, 999_999_000);

    private final DatePicker day = DatePickers.create(null);
    private final TimePicker time = ComponentTexts.translated(new TimePicker());

    public AsOfField() {
        setLabel(getTranslation("history.as-of"));
        setHelperText(getTranslation("history.as-of.helper"));
        DatePickers.until(day, ViewClock.today(), getTranslation("history.as-of.future"));
        day.setAriaLabel(getTranslation("history.as-of.day"));
        day.setClearButtonVisible(true);
        time.setAriaLabel(getTranslation("history.as-of.time"));
        time.setPlaceholder(getTranslation("history.as-of.time"));
        time.setClearButtonVisible(true);
        addAttachListener(attach -> time.setLocale(attach.getUI().getLocale()));
        Div both = new Div(day, time);
        both.addClassName("as-of-field");
        add(both);
    }

    /** An address's value: an ISO instant ({@code 2025-01-19T10:00:00Z}); nothing for anything else. */
    public static Optional<Instant> parse(String value) {
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    protected @Nullable Instant generateModelValue() {
        LocalDate chosen = day.getValue();
        if (chosen == null) {
            return null;
        }
        LocalTime at = time.getValue() == null ? END_OF_DAY : time.getValue();
        return chosen.atTime(at).atZone(BrowserTime.zone()).toInstant();
    }

    @Override
    protected void setPresentationValue(@Nullable Instant moment) {
        if (moment == null) {
            day.clear();
            time.clear();
            return;
        }
        ZonedDateTime local = moment.atZone(BrowserTime.zone());
        day.setValue(local.toLocalDate());
        time.setValue(local.toLocalTime().equals(END_OF_DAY) ? null : local.toLocalTime());
    }
}
