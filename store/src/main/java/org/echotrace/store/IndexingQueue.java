package org.echotrace.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Index writes done on a thread of their own, in order, while the writer goes on matching the next
 * article: building and inverting an article's entry was a third of the time of storing it, and matching
 * does not need it (articles not yet in the index are matched from memory, see {@link RecentArticles}).
 * Whoever needs the index to hold everything queued - a refresh, a commit - calls {@link #drain()} first.
 */
final class IndexingQueue implements AutoCloseable {

    /** One write to the index. */
    @FunctionalInterface
    interface Write {
        void run() throws IOException;
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread indexing = new Thread(runnable, "echotrace-indexing");
        indexing.setDaemon(true);
        return indexing;
    });
    private final List<Future<?>> pending = new ArrayList<>();

    void submit(Write write) {
        pending.add(thread.submit(() -> {
            write.run();
            return null;
        }));
    }

    /** Waits for every queued write; the first that failed fails here. */
    void drain() throws IOException {
        try {
            for (Future<?> write : pending) {
                write.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("an index write failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for index writes", e);
        } finally {
            pending.clear();
        }
    }

    /**
     * Drops the writes not started and waits for the one running. Never interrupts it: an interrupted
     * thread closes the file channel it was using, the index lock's among them (Lucene's directories
     * are not safe against interrupts), and the rollback that follows then fails.
     */
    @Override
    public void close() {
        pending.forEach(write -> write.cancel(false));
        pending.clear();
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
