package org.echotrace.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples used heap every 20 ms while a benchmark runs. Summing per-pool peaks would add maxima reached
 * at different times, so the whole heap is sampled instead.
 */
public final class HeapSampler extends Thread {

    private final AtomicLong peak = new AtomicLong();

    public HeapSampler() {
        super("heap-sampler");
        setDaemon(true);
    }

    /** A sampler already running. */
    public static HeapSampler started() {
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        return sampler;
    }

    @Override
    public void run() {
        var memory = ManagementFactory.getMemoryMXBean();
        while (!isInterrupted()) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public long peakBytes() {
        return peak.get();
    }
}
