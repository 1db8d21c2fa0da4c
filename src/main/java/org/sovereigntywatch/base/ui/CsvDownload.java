package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.sovereigntywatch.base.CsvTable;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * A "Download CSV" link whose file is written when clicked, straight from the database into the response.
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
        return link;
    }

    static DownloadHandler handler(Supplier<String> report, Writer writer) {
        // Looked up once, while the view is built; the download runs later, in a request of its own.
        Clock clock = ViewClock.clock();
        return (DownloadEvent event) -> {
            event.setFileName(CsvTable.fileName(report.get(), LocalDate.now(clock)));
            event.setContentType(CsvTable.MEDIA_TYPE);
            try (OutputStream out = event.getOutputStream()) {
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
}
