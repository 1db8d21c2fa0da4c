package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovereigntywatch.base.TaskProgress;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Work that would hold the UI's lock for seconds (an import, a bulk action on hundreds of items) run on a thread of its
 * own, as the user signed in on the page, so that the page stays responsive: it polls for the steps done so far, and
 * a cancel is heard before the next step. The result, or the failure, is handed back under the UI's lock, and the
 * page stops polling once no task of its own runs any more.
 * <p>
 * Without push, the browser only sees what the task changed when it next asks: polling is what brings the progress
 * and the result to the screen.
 * <p>
 * The work sees the page's UI as the current one, for its language only (a validation message is worded in it); it
 * must not change the page, whose lock it does not hold: it hands its result back instead.
 */
public final class BackgroundTask {

    private static final Logger log = LoggerFactory.getLogger(BackgroundTask.class);
    private static final int POLL_MILLIS = 300;

    private final AtomicLong steps = new AtomicLong();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final TaskProgress progress = new TaskProgress() {
        @Override
        public void advanced(long done) {
            steps.set(done);
        }

        @Override
        public boolean cancelled() {
            return cancelled.get();
        }
    };

    private BackgroundTask() {
    }

    /**
     * Starts {@code work} as the user signed in on this thread. Called under the UI's lock (from a listener); the
     * callbacks run under it too: {@code progress} hears the steps done at each poll, then {@code done} the result or
     * {@code failed} any failure (already logged).
     *
     * @param security the {@code SecurityContextHolderStrategy} bean (Vaadin's), which knows the signed-in user
     * @param name     what the work is, for the thread's name and the log: "import", "bulk concern move"
     */
    public static <T> BackgroundTask start(UI ui, SecurityContextHolderStrategy security, String name,
                                           Function<TaskProgress, T> work, LongConsumer progress, Consumer<T> done,
                                           Consumer<RuntimeException> failed) {
        BackgroundTask task = new BackgroundTask();
        SecurityContext context = security.getContext();
        Registration polling = ui.addPollListener(poll -> progress.accept(task.steps.get()));
        Polling.started(ui);
        Thread.ofVirtual().name(name).start(() -> {
            security.setContext(context);
            // Only so that texts the work puts into words (validation messages) are in the page's language, as
            // Translations.locale() reads it: the work must not touch the page, whose lock it does not hold.
            UI.setCurrent(ui);
            try {
                T result = work.apply(task.progress);
                finish(ui, polling, name, () -> done.accept(result));
            } catch (RuntimeException failure) {
                log.warn("Background task '{}' failed", name, failure);
                finish(ui, polling, name, () -> failed.accept(failure));
            } catch (Error fatal) {
                // Still told to the page, or it would show the work running for ever; the thread then dies of it.
                finish(ui, polling, name, () -> failed.accept(new IllegalStateException(fatal)));
                throw fatal;
            } finally {
                UI.setCurrent(null);
                security.clearContext();
            }
        });
        return task;
    }

    private static void finish(UI ui, Registration polling, String name, Runnable then) {
        try {
            ui.access(() -> {
                polling.remove();
                Polling.ended(ui);
                then.run();
            });
        } catch (UIDetachedException closed) {
            // The page was closed meanwhile: the work is done, there is nobody left to tell.
            log.debug("Background task '{}' ended after its page was closed", name);
        }
    }

    /** Asks the work to stop before its next step. */
    public void cancel() {
        cancelled.set(true);
    }

    /**
     * How many tasks of one page are running, so that one ending does not stop the polling another still needs (an
     * import started while a bulk action finishes). Read and written under the UI's lock only.
     */
    private static final class Polling {

        private int running;

        static void started(UI ui) {
            Polling polling = ComponentUtil.getData(ui, Polling.class);
            if (polling == null) {
                polling = new Polling();
                ComponentUtil.setData(ui, Polling.class, polling);
            }
            if (polling.running++ == 0) {
                ui.setPollInterval(POLL_MILLIS);
            }
        }

        static void ended(UI ui) {
            Polling polling = ComponentUtil.getData(ui, Polling.class);
            if (polling != null && --polling.running == 0) {
                ui.setPollInterval(-1);
            }
        }
    }
}
