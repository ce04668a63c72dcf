package org.echotrace.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C or a kill, for a command that runs until stopped. The JVM exits as soon as its shutdown hooks
 * return, so the hook waits (at most {@link #GRACE_SECONDS}) until the command has closed what it holds.
 */
final class ShutdownSignal {

    static final int GRACE_SECONDS = 10;

    private final CountDownLatch stopping = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    private ShutdownSignal() {
    }

    static ShutdownSignal install() {
        ShutdownSignal signal = new ShutdownSignal();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            signal.stopping.countDown();
            try {
                signal.closed.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "echotrace-shutdown"));
        return signal;
    }

    /** Blocks until the process is asked to stop. */
    void await() throws InterruptedException {
        stopping.await();
    }

    /** Lets the process exit: everything is closed. */
    void closed() {
        closed.countDown();
    }
}
