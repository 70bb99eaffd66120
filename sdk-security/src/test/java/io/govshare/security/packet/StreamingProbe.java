package io.govshare.security.packet;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the live heap while a packet streams: a daemon thread forces a collection every
 * {@code period} and records the heap used right after it, so the peak is (about) what the code keeps
 * reachable, not the garbage it churns through. Garbage would make a plain reading of "used" meaningless
 * with a large default heap; the forced collection removes it.
 */
final class StreamingProbe implements AutoCloseable {

    private final long baseline;
    private final long started = System.nanoTime();
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private StreamingProbe(Duration period) {
        this.baseline = liveHeap();
        this.sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(period.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "streaming-probe");
        sampler.setDaemon(true);
        sampler.start();
    }

    static StreamingProbe start(Duration period) {
        return new StreamingProbe(period);
    }

    /** Takes one sample now (also usable from the streaming loop itself). */
    void sample() {
        peak.accumulateAndGet(liveHeap(), Math::max);
    }

    /** The largest live heap seen above the heap at start, in bytes. */
    long peakGrowth() {
        return Math.max(0, peak.get() - baseline);
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * The heap in use right after a forced full collection, as the memory pools recorded it then: unlike a
     * reading of "used" a moment later, it cannot include what the streaming thread allocated meanwhile.
     */
    private static long liveHeap() {
        System.gc();
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP
                    && pool.getCollectionUsage() != null) {
                live += pool.getCollectionUsage().getUsed();
            }
        }
        return live;
    }

    /** Stops sampling after one last sample. */
    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
    }
}
