package org.sovereigntywatch.benchmark;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap while some work runs. Two figures: the sampled peak of used heap, garbage included, which depends
 * on when the collector happens to run; and, when asked to force full collections every {@value #FULL_GC_EVERY_MS}
 * ms (which slows the work, so never while timing it), the live heap growth: the largest heap left after a full
 * collection during the work, minus the live heap before it — what the work really keeps in memory.
 */
final class HeapWatch implements AutoCloseable {

    private final long baseline;
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong sampledPeak = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;
    static final int FULL_GC_EVERY_MS = 200;

    HeapWatch(boolean forceFullCollections) {
        baseline = liveHeap();
        peakAfterGc.set(baseline);
        sampledPeak.set(baseline);
        sampler = Thread.ofPlatform().daemon().start(() -> {
            long lastFullGc = System.nanoTime();
            while (running) {
                sampledPeak.accumulateAndGet(usedHeap(), Math::max);
                if (forceFullCollections && System.nanoTime() - lastFullGc > FULL_GC_EVERY_MS * 1_000_000L) {
                    System.gc();
                    peakAfterGc.accumulateAndGet(usedHeap(), Math::max);
                    lastFullGc = System.nanoTime();
                }
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
