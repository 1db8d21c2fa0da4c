package org.sovereigntywatch.report.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.CsvDownload;
import org.sovereigntywatch.base.ui.DatePickers;
import org.sovereigntywatch.base.ui.FilterAddress;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.ui.StateBadge;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.reference.ui.JurisdictionMultiPicker;
import org.sovereigntywatch.reference.ui.PlatformMultiPicker;
import org.sovereigntywatch.report.Report;
import org.sovereigntywatch.report.ReportFilter;
import org.sovereigntywatch.report.ReportService;

/**
 * Pick a report and its filters, see how many rows it has, download it. The download streams from the database in
 * its own request, outside the UI's session lock, so the screen stays usable while a large report is written. The
 * report and its filters live in the address ({@code ?report=JURISDICTIONS&jurisdiction=US&jurisdiction=CN&from=
 * 2024-01-01&state=PUBLISHED}).
 */
@Route("reports")
@Menu(order = 40, title = "report.title", icon = "vaadin:download")
@PermitAll
public class ReportsView extends Div implements BeforeEnterObserver, TitledView {

    final Select<Report> report = new Select<>();
    final JurisdictionMultiPicker jurisdictions;
    final PlatformMultiPicker platforms;
    final DatePicker from = DatePickers.create("From");
    final DatePicker to = DatePickers.create("To");
    final MultiSelectComboBox<PublicationState> states = new MultiSelectComboBox<>("States");
    final Paragraph description = new Paragraph();
    final Span rowCount = new Span();
    final Anchor download;

    private final ReportService reports;
    private final FilterAddress address;
    // Read by the download, which runs outside the UI's lock: immutable snapshots, replaced as the user changes them.
    private volatile Report chosen = Report.CONCERNS;
    private volatile ReportFilter filter = ReportFilter.ALL;

    ReportsView(ReportService reports, JurisdictionService jurisdictionService, PlatformService platformService) {
        this.reports = reports;
        report.setLabel("Report");
        report.setItems(Report.values());
        report.setItemLabelGenerator(Report::label);
        report.setValue(Report.CONCERNS);
        jurisdictions = new JurisdictionMultiPicker("Jurisdictions", jurisdictionService);
        jurisdictions.setPlaceholder("All");
        platforms = new PlatformMultiPicker("Platforms", platformService);
        platforms.setPlaceholder("All");
        states.setPlaceholder("All you may see");
        states.setItems(PublicationState.values());
        states.setItemLabelGenerator(StateBadge::label);
        report.addValueChangeListener(change -> refresh());
        jurisdictions.addValueChangeListener(change -> refresh());
        platforms.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        states.addValueChangeListener(change -> refresh());

        download = CsvDownload.link(() -> chosen.fileName(), out -> reports.write(chosen, filter, out));
        rowCount.addClassName("report-count");
        Div filters = new Div(report, jurisdictions, platforms, from, to, states);
        filters.addClassName("filters");
        Div result = new Div(description, rowCount, download);
        result.addClassName("report-result");
        add(new ViewToolbar("Reports"), filters, result);
        addClassName("reports-view");
        address = new FilterAddress(this).constant("report", report, Report.class)
                .each("jurisdiction", jurisdictions, Jurisdiction::getCode,
                        codes -> FilterAddress.lookUp(codes, jurisdictionService::findByCode))
                .each("platform", platforms, Platform::getName,
                        names -> FilterAddress.lookUp(names, platformService::findByName))
                .date("from", from).date("to", to)
                .constants("state", states, PublicationState.class);
        refresh();
    }

    /** Applies the report and filters given in the address; unknown values are ignored rather than refused. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address.read(event.getLocation().getQueryParameters());
        refresh();
    }

    private void refresh() {
        chosen = report.getValue();
        filter = new ReportFilter(jurisdictions.chosenCodes(), platforms.chosenIds(), from.getValue(), to.getValue(),
                states.getValue());
        description.setText(chosen.description());
        long rows = reports.count(chosen, filter);
        rowCount.setText(rows == 1 ? "1 row" : rows + " rows");
        address.write();
    }

    @Override
    public String titleKey() {
        return "report.title";
    }
}
