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
import org.sovereigntywatch.base.CsvSeparator;
import org.sovereigntywatch.base.ui.ComponentTexts;
import org.sovereigntywatch.base.ui.CsvDownload;
import org.sovereigntywatch.base.ui.DatePickers;
import org.sovereigntywatch.base.ui.FilterAddress;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.history.ui.AsOfBanner;
import org.sovereigntywatch.history.ui.AsOfField;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.reference.ui.JurisdictionMultiPicker;
import org.sovereigntywatch.reference.ui.PlatformMultiPicker;
import org.sovereigntywatch.report.Report;
import org.sovereigntywatch.report.ReportFilter;
import org.sovereigntywatch.report.ReportService;

import java.time.Instant;

/**
 * Pick a report and its filters, see how many rows it has, download it, separated by commas or, as Excel in French
 * expects (the default in French), by semicolons: a choice kept for the session's every download
 * ({@link CsvDownload#separatorField}). The download streams from the database in its own request, outside the UI's
 * session lock, so the screen stays usable while a large report is written. The report and its filters (not the
 * separator, a matter of the reader's spreadsheet) live in the address
 * ({@code ?report=JURISDICTIONS&jurisdiction=US&jurisdiction=CN&from=2024-01-01&state=PUBLISHED}).
 */
@Route("reports")
@Menu(order = 40, title = "report.title", icon = "vaadin:download")
@PermitAll
public class ReportsView extends Div implements BeforeEnterObserver, TitledView {

    final Select<Report> report = new Select<>();
    final JurisdictionMultiPicker jurisdictions;
    final PlatformMultiPicker platforms;
    final DatePicker from = DatePickers.create(getTranslation("common.from"));
    final DatePicker to = DatePickers.create(getTranslation("common.to"));
    final MultiSelectComboBox<PublicationState> states =
            ComponentTexts.translated(new MultiSelectComboBox<>(getTranslation("report.states")));
    final Select<CsvSeparator> separator;
    final Paragraph description = new Paragraph();
    final Span rowCount = new Span();
    final Anchor download;

    private final ReportService reports;
    final AsOfField asOf = new AsOfField();
    final AsOfBanner past = new AsOfBanner("history.as-of.reports", asOf::clear);
    private final FilterAddress address;
    // Read by the download, which runs outside the UI's lock: immutable snapshots, replaced as the user changes them.
    private volatile Report chosen = Report.CONCERNS;
    private volatile ReportFilter filter = ReportFilter.ALL;

    ReportsView(ReportService reports, JurisdictionService jurisdictionService, PlatformService platformService) {
        this.reports = reports;
        report.setLabel(getTranslation("report.report"));
        report.setItems(Report.values());
        report.setItemLabelGenerator(Translations::label);
        report.setValue(Report.CONCERNS);
        jurisdictions = new JurisdictionMultiPicker(getTranslation("common.jurisdictions"), jurisdictionService);
        jurisdictions.setPlaceholder(getTranslation("report.jurisdictions.all"));
        platforms = new PlatformMultiPicker(getTranslation("common.platforms"), platformService);
        platforms.setPlaceholder(getTranslation("report.platforms.all"));
        states.setPlaceholder(getTranslation("report.states.placeholder"));
        states.setItems(PublicationState.values());
        states.setItemLabelGenerator(Translations::label);
        report.addValueChangeListener(change -> refresh());
        jurisdictions.addValueChangeListener(change -> refresh());
        platforms.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        states.addValueChangeListener(change -> refresh());
        asOf.addValueChangeListener(change -> refresh());

        // Runs outside the UI's lock, so it reads only the snapshots.
        download = CsvDownload.link(() -> chosen.fileName(), out -> reports.write(chosen, filter, out));
        separator = CsvDownload.separatorField(download);
        rowCount.addClassName("report-count");
        Div filters = new Div(report, jurisdictions, platforms, from, to, states, asOf);
        filters.addClassName("filters");
        Div result = new Div(description, rowCount, separator, download);
        result.addClassName("report-result");
        add(new ViewToolbar(getTranslation("report.title")), filters, past, result);
        addClassName("reports-view");
        address = new FilterAddress(this).constant("report", report, Report.class)
                .each("jurisdiction", jurisdictions, Jurisdiction::getCode,
                        codes -> FilterAddress.lookUp(codes, jurisdictionService::findByCode))
                .each("platform", platforms, Platform::getName,
                        names -> FilterAddress.lookUp(names, platformService::findByName))
                .date("from", from).date("to", to)
                .constants("state", states, PublicationState.class)
                .single(AsOfField.PARAMETER, asOf, Instant::toString, AsOfField::parse);
    }

    /** Applies the report and filters given in the address; unknown values are ignored rather than refused. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address.read(event.getLocation().getQueryParameters());
        refresh();
    }

    private void refresh() {
        if (address.isReading()) {
            return;
        }
        chosen = report.getValue();
        filter = new ReportFilter(jurisdictions.chosenCodes(), platforms.chosenIds(), from.getValue(), to.getValue(),
                states.getValue(), asOf.getValue());
        past.show(filter.asOf());
        description.setText(Translations.text(chosen.description()));
        rowCount.setText(getTranslation("report.rows", reports.count(chosen, filter)));
        address.write();
    }

    @Override
    public String titleKey() {
        return "report.title";
    }
}
