package org.echotrace.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time spent since it was started, by the whole process and by the thread that started it. Unlike
 * wall time it barely moves when other work shares the machine, so it tells whether a change made a
 * job cheaper even on a busy machine.
 */
public final class CpuClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long processStart;
    private final long threadStart;

    private CpuClock(long processStart, long threadStart) {
        this.processStart = processStart;
        this.threadStart = threadStart;
    }

    public static CpuClock started() {
        return new CpuClock(processNanos(), THREADS.getCurrentThreadCpuTime());
    }

    public double processSeconds() {
        return (processNanos() - processStart) / 1e9;
    }

    /** Of the thread that started the clock (call it from that thread). */
    public double threadSeconds() {
        return (THREADS.getCurrentThreadCpuTime() - threadStart) / 1e9;
    }

    private static long processNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
