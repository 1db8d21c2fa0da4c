package org.sovereigntywatch.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap while some work runs. Two figures: the live heap growth (the largest heap left after any garbage
 * collection during the work, minus the live heap before it), which is what the work keeps in memory; and the
 * sampled peak of used heap, garbage included, which depends on when the collector happens to run.
 */
final class HeapWatch implements AutoCloseable {

    private final long baseline;
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong sampledPeak = new AtomicLong();
    private final List<Runnable> unregister = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    HeapWatch() {
        baseline = liveHeap();
        peakAfterGc.set(baseline);
        sampledPeak.set(baseline);
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed).sum();
                peakAfterGc.accumulateAndGet(after, Math::max);
            }
        };
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            NotificationEmitter emitter = (NotificationEmitter) collector;
            emitter.addNotificationListener(listener, null, null);
            unregister.add(() -> {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (Exception ignored) {
                    // already gone
                }
            });
        }
        sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running) {
                sampledPeak.accumulateAndGet(usedHeap(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    long liveGrowthBytes() {
        return Math.max(0, peakAfterGc.get() - baseline);
    }

    long sampledGrowthBytes() {
        return Math.max(0, sampledPeak.get() - baseline);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
        unregister.forEach(Runnable::run);
    }

    /** The heap in use after a full collection: what is really kept. */
    static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return usedHeap();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
