package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.base.WorkflowException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work run off the UI's lock: as the user signed in on the page, its progress heard at each poll, a cancel heard by the
 * work, its result or failure handed back under the lock, and the page polling exactly while some task of its runs.
 */
class BackgroundTaskTest extends KaribuTest {

    @Autowired SecurityContextHolderStrategy security;

    @Test
    void the_work_runs_as_the_signed_in_user_and_the_page_polls_while_any_of_its_tasks_runs() {
        login("analyst");
        UI ui = UI.getCurrent();
        CountDownLatch released = new CountDownLatch(1);
        AtomicReference<String> quickResult = new AtomicReference<>();
        AtomicReference<Boolean> slowHeardCancel = new AtomicReference<>();
        AtomicLong polled = new AtomicLong(-1);

        BackgroundTask.start(ui, security, "quick", progress -> security.getContext().getAuthentication().getName(),
                steps -> {
                }, quickResult::set, failure -> {
                });
        BackgroundTask slow = BackgroundTask.start(ui, security, "slow", progress -> {
            progress.advanced(7);
            awaitQuietly(released);
            return progress.cancelled();
        }, polled::set, slowHeardCancel::set, failure -> {
        });
        assertThat(ui.getPollInterval()).isPositive();

        awaitUi(() -> quickResult.get() != null);
        assertThat(quickResult.get()).isEqualTo("analyst");
        assertThat(ui.getPollInterval()).as("the slow task still runs").isPositive();
        eventually(() -> {
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
            return polled.get() == 7;
        });

        slow.cancel();
        released.countDown();
        awaitUi(() -> slowHeardCancel.get() != null);

        assertThat(slowHeardCancel.get()).isTrue();
        assertThat(ui.getPollInterval()).as("no task runs any more").isEqualTo(-1);
    }

    @Test
    void a_failure_is_handed_back_under_the_ui_lock() {
        login("analyst");
        UI ui = UI.getCurrent();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        AtomicReference<Boolean> locked = new AtomicReference<>();

        BackgroundTask.start(ui, security, "failing", progress -> {
            throw new WorkflowException("Not now.");
        }, steps -> {
        }, result -> {
        }, failure -> {
            locked.set(ui.getSession().hasLock());
            failed.set(failure);
        });
        awaitUi(() -> failed.get() != null);

        assertThat(failed.get()).isInstanceOf(WorkflowException.class).hasMessage("Not now.");
        assertThat(locked.get()).isTrue();
        assertThat(ui.getPollInterval()).isEqualTo(-1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            // Bounded, so that a failed test leaves no thread waiting for ever.
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
