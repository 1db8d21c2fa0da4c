package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.AnySelect;
import org.sovereigntywatch.base.ui.BrowserTime;
import org.sovereigntywatch.base.ui.CsvDownload;
import org.sovereigntywatch.base.ui.DatePickers;
import org.sovereigntywatch.base.ui.FilterAddress;
import org.sovereigntywatch.base.ui.FilterBar;
import org.sovereigntywatch.base.ui.SearchField;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.SecurityEventFilter;
import org.sovereigntywatch.security.SecurityEventRow;
import org.sovereigntywatch.security.SecurityEventType;
import org.sovereigntywatch.security.SecurityLogService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The security log for admins: sign-ins and their failures, sign-outs, sessions ended, MFA and password changes,
 * user changes and every download, newest first in a lazy grid, filtered in SQL by event, user, days (in the
 * browser's time zone) and text, and the same rows as a CSV download, which the log notes too. The filters live in
 * the address ({@code ?type=SIGN_IN_FAILED&user=analyst&from=2025-01-01&to=2025-01-31&q=10.0.}).
 */
@Route("admin/security-log")
@Menu(order = 95, title = "security-log.title", icon = "vaadin:shield")
@RolesAllowed(Role.Names.ADMIN)
public class SecurityLogView extends Div implements BeforeEnterObserver, TitledView {

    final AnySelect<SecurityEventType> type =
            new AnySelect<>(getTranslation("security-log.filter.any-event"), SecurityEventType.values(), Translations::label);
    final SearchField user = new SearchField(getTranslation("user.username"), this::refresh);
    final DatePicker from = DatePickers.create(getTranslation("common.from"));
    final DatePicker to = DatePickers.create(getTranslation("common.to"));
    final SearchField search = new SearchField(getTranslation("security-log.filter.search"), this::refresh);
    final Grid<SecurityEventRow> grid = new Grid<>(SecurityEventRow.class, false);
    final Anchor download;

    private final FilterAddress address;
    // Read by the download, which runs outside the UI's lock: an immutable snapshot, replaced as the filters change.
    private volatile SecurityEventFilter filter = SecurityEventFilter.ALL;

    SecurityLogView(SecurityLogService log) {
        type.setAriaLabel(getTranslation("security-log.event"));
        type.addValueChangeListener(change -> refresh());
        user.setTooltipText(getTranslation("security-log.filter.user.tooltip"));
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());

        grid.addColumn(row -> BrowserTime.format(row.occurredAt())).setHeader(getTranslation("security-log.when")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> Translations.label(row.type())).setHeader(getTranslation("security-log.event")).setWidth("12rem").setFlexGrow(0);
        grid.addColumn(row -> shown(row.actor())).setHeader(getTranslation("security-log.by")).setWidth("8rem").setFlexGrow(0)
                .setTooltipGenerator(row -> shown(row.actor()));
        grid.addColumn(row -> shown(row.subject())).setHeader(getTranslation("security-log.about")).setWidth("8rem").setFlexGrow(0)
                .setTooltipGenerator(row -> shown(row.subject()));
        grid.addColumn(row -> shown(row.clientAddress())).setHeader(getTranslation("security-log.address")).setWidth("9rem").setFlexGrow(0);
        // The detail is kept as written when the event happened, in English, like the rest of the log.
        grid.addColumn(SecurityEventRow::detail).setHeader(getTranslation("security-log.detail")).setFlexGrow(1)
                .setTooltipGenerator(SecurityEventRow::detail);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setItemsPageable(pageable -> log.list(filter, pageable), pageable -> (int) log.count(filter));
        grid.setEmptyStateText(getTranslation("security-log.empty"));

        download = CsvDownload.link(() -> "security-log", out -> log.exportCsv(filter, out));
        add(new ViewToolbar(getTranslation("security-log.title"), download), new FilterBar(type, user, from, to, search), grid);
        addClassName("register-view");
        address = new FilterAddress(this).constant("type", type, SecurityEventType.class).text("user", user)
                .date("from", from).date("to", to).text("q", search);
    }

    /** Applies the filters given in the address; values that do not parse are ignored rather than refused. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address.read(event.getLocation().getQueryParameters());
        refresh();
    }

    private void refresh() {
        if (address.isReading()) {
            return;
        }
        ZoneId zone = BrowserTime.zone();
        LocalDate dayAfter = to.getValue() == null ? null : to.getValue().plusDays(1);
        filter = SecurityEventFilter.ALL.withType(type.getValue()).withUser(user.getValue())
                .between(startOf(from.getValue(), zone), startOf(dayAfter, zone)).withText(search.getValue());
        grid.getDataProvider().refreshAll();
        address.write();
    }

    /** The first instant of the day in the browser's time zone: the days chosen are the user's days. */
    private static @Nullable Instant startOf(@Nullable LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private static String shown(@Nullable String value) {
        return Objects.requireNonNullElse(value, "—");
    }

    @Override
    public String titleKey() {
        return "security-log.title";
    }
}
