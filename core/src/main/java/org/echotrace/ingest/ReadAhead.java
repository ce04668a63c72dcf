package org.echotrace.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads and cleans the inputs of one run on every core, a few files ahead of the one whose turn it is,
 * and hands their recordings back in input order. Reading and cleaning were a sixth of the whole analyze
 * command at 100k articles, on one core.
 */
final class ReadAhead implements AutoCloseable {

    private final List<InputItem> items;
    private final Function<InputItem, RecordingLog> read;
    private final ExecutorService pool;
    private final Deque<Future<RecordingLog>> pending = new ArrayDeque<>();
    private final int window;
    private int submitted;

    ReadAhead(List<InputItem> items, Function<InputItem, RecordingLog> read) {
        this.items = items;
        this.read = read;
        int threads = Runtime.getRuntime().availableProcessors();
        // two files per core in flight: a core never waits for the next, and few documents wait for their turn
        this.window = 2 * threads;
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "read-ahead");
            thread.setDaemon(true);
            return thread;
        });
        fill();
    }

    /** The recording of the next input, in input order. */
    RecordingLog next() {
        Future<RecordingLog> head = pending.poll();
        fill();
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the inputs", e);
        } catch (ExecutionException e) {
            // the reader logs every failure of an input itself; this is an Error such as OutOfMemoryError
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void fill() {
        while (pending.size() < window && submitted < items.size()) {
            InputItem item = items.get(submitted++);
            pending.add(pool.submit(() -> read.apply(item)));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
