package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.CsvSeparator;
import org.sovereigntywatch.base.CsvTable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A "Download CSV" link whose file is written when clicked, straight from the database into the response, separated
 * as the reader chose: the one home of that choice. Every download of a session uses the separator chosen on the
 * Reports page ({@link #separatorField}), else the one readers of the page's language expect (semicolons in French,
 * {@link CsvSeparator#forLocale}); each link's tooltip says which. Column names and values are the same either way.
 * <p>
 * Vaadin runs the download in its own request without the UI's session lock, so the screen stays usable meanwhile;
 * that is also why the writer must only read snapshots of the view's state (immutable filters kept in volatile
 * fields), never its components. A failure has no screen of its own: it is shown on the view that started it, with
 * the details in the log.
 */
public final class CsvDownload {

    /** Writes a CSV to the response: usually a service's export with the filter the view shows. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private CsvDownload() {
    }

    /**
     * @param report names the file: {@code <report>-<date>.csv}, dated by the application's clock (a coded name, the
     *               same in every language)
     */
    public static Anchor link(Supplier<String> report, Writer writer) {
        Anchor link = new Anchor(handler(report, writer), Translations.text("base.download.csv"));
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        link.addClassName("download-link");
        sayHowSeparated(link);
        return link;
    }

    /** The separator this session's downloads use: the one the reader chose, else their language's. */
    public static CsvSeparator separator() {
        return choice().separator(Translations.locale());
    }

    /**
     * The reader's choice of separator, for every download of their session (the Reports page offers it, beside its
     * own {@code link}, whose tooltip follows the choice).
     */
    public static Select<CsvSeparator> separatorField(Anchor link) {
        Select<CsvSeparator> field = new Select<>();
        field.setLabel(Translations.text("base.download.separator"));
        field.setHelperText(Translations.text("base.download.separator.helper"));
        field.setItems(CsvSeparator.values());
        field.setItemLabelGenerator(Translations::label);
        field.setValue(separator());
        SeparatorChoice choice = choice();
        field.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                choice.chosen = change.getValue();
                sayHowSeparated(link);
            }
        });
        return field;
    }

    private static void sayHowSeparated(Anchor link) {
        Tooltip.forComponent(link).setText(Translations.text("base.download.csv.separated",
                Translations.label(separator())));
    }

    /** The session's choice, made when first asked for (under the session's lock, as views are built). */
    private static SeparatorChoice choice() {
        VaadinSession session = VaadinSession.getCurrent();
        SeparatorChoice choice = session.getAttribute(SeparatorChoice.class);
        if (choice == null) {
            choice = new SeparatorChoice();
            session.setAttribute(SeparatorChoice.class, choice);
        }
        return choice;
    }

    static DownloadHandler handler(Supplier<String> report, Writer writer) {
        // Looked up once, while the view is built; the download runs later, in a request of its own, without the
        // session's lock: the choice is read then, so a separator chosen since the link was made applies.
        Clock clock = ViewClock.clock();
        SeparatorChoice choice = choice();
        Locale locale = Translations.locale();
        return (DownloadEvent event) -> {
            event.setFileName(CsvTable.fileName(report.get(), LocalDate.now(clock)));
            event.setContentType(CsvTable.MEDIA_TYPE);
            try (OutputStream out = choice.separator(locale).separating(event.getOutputStream())) {
                writer.writeTo(out);
            } catch (IOException | RuntimeException failure) {
                UI ui = event.getUI();
                if (ui != null) {
                    // Worded under the UI's lock, in its language.
                    ui.access(() -> Notifications.error(Translations.text("base.download.failed",
                            FriendlyErrorHandler.messageFor(failure))));
                }
                throw failure;
            }
        };
    }

    /** The separator a reader chose for their session; none until they choose. Read by downloads outside the lock. */
    private static final class SeparatorChoice implements Serializable {

        private volatile @Nullable CsvSeparator chosen;

        CsvSeparator separator(Locale locale) {
            CsvSeparator separator = chosen;
            return separator != null ? separator : CsvSeparator.forLocale(locale);
        }
    }
}
