package org.sovereigntywatch.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.sovereigntywatch.importing.ImportProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * A dry run or a commit running on a thread of its own, as the signed-in user, so that the UI's lock is free and the
 * screen stays responsive: the page polls for the rows read so far, and a cancel is heard before the next row.
 * The result, or the failure, is handed back under the UI's lock.
 */
final class ImportJob implements ImportProgress {

    private static final Logger log = LoggerFactory.getLogger(ImportJob.class);
    private static final int POLL_MILLIS = 300;

    private final AtomicLong rows = new AtomicLong();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private ImportJob() {
    }

    /**
     * Starts {@code work} as the user signed in on this thread; {@code progress} hears the rows read at each poll,
     * {@code done} the result, {@code failed} any failure.
     */
    static <T> ImportJob start(UI ui, SecurityContextHolderStrategy security, Function<ImportProgress, T> work,
                               LongConsumer progress, Consumer<T> done, Consumer<RuntimeException> failed) {
        ImportJob job = new ImportJob();
        SecurityContext context = security.getContext();
        Registration polling = ui.addPollListener(poll -> progress.accept(job.rows.get()));
        ui.setPollInterval(POLL_MILLIS);
        Thread.ofVirtual().name("import").start(() -> {
            security.setContext(context);
            try {
                T result = work.apply(job);
                finish(ui, polling, () -> done.accept(result));
            } catch (RuntimeException failure) {
                log.warn("An import failed", failure);
                finish(ui, polling, () -> failed.accept(failure));
            } finally {
                security.clearContext();
            }
        });
        return job;
    }

    private static void finish(UI ui, Registration polling, Runnable then) {
        ui.access(() -> {
            polling.remove();
            ui.setPollInterval(-1);
            then.run();
        });
    }

    void cancel() {
        cancelled.set(true);
    }

    @Override
    public void rowsRead(long rows) {
        this.rows.set(rows);
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }
}
