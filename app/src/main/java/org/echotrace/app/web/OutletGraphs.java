package org.echotrace.app.web;

import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.echotrace.domain.OutletGraph;
import org.echotrace.outlets.OutletFacts;
import org.echotrace.store.ArticleStore;
import org.echotrace.store.StoreReader;

/**
 * The outlet graph of the whole store for the {@code /outlets} page and {@code GET /api/outlets}. Summing it
 * reads every stored article, far too slow for a request at a hundred thousand articles; so the facts it is
 * summed from are kept (no text in them) and a date range's graph is summed from them in milliseconds. When
 * a request finds the store changed since, the facts are made again in the background and that request is
 * answered from the ones it has, marked stale: the graph follows the articles as they arrive, one commit
 * behind at worst. The whole store's graph, which most requests ask for, is summed with the facts, in the
 * background too. {@link #prepareInBackground()} makes the first facts when the server starts, so only a
 * request that comes before they are made waits for them.
 */
public final class OutletGraphs {

    /** The graph of one date range, from the facts of commit {@code version}, and whether a newer one is stored. */
    public record Answer(OutletGraph graph, long version, boolean stale) {
    }

    private record Built(long version, OutletFacts facts) {
    }

    private final ArticleStore store;
    private final AtomicReference<Built> latest = new AtomicReference<>();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "echotrace-outlets");
        t.setDaemon(true);
        return t;
    });

    public OutletGraphs(ArticleStore store) {
        this.store = store;
    }

    /** Starts making the facts of the current commit, unless facts are being made or already made. */
    public void prepareInBackground() {
        if (latest.get() == null) {
            inBackground(this::firstFacts);
        }
    }

    public Answer graph(LocalDate from, LocalDate to) {
        long version = store.read(StoreReader::version);
        Built built = latest.get();
        if (built == null) {
            built = firstFacts();
        } else if (built.version() != version) {
            inBackground(this::rebuild);
        }
        return new Answer(built.facts().graph(from, to), built.version(), built.version() != version);
    }

    /** Runs {@code task} on the rebuilding thread unless a task runs there already. */
    private void inBackground(Runnable task) {
        if (rebuilding.compareAndSet(false, true)) {
            rebuilder.execute(() -> {
                try {
                    task.run();
                } finally {
                    rebuilding.set(false);
                }
            });
        }
    }

    /** The facts made first: one rebuild however many requests (and the start-up task) ask at once. */
    private synchronized Built firstFacts() {
        Built built = latest.get();
        return built != null ? built : rebuild();
    }

    /** Facts of the current commit with their whole graph summed, kept unless a newer commit's finished first. */
    private Built rebuild() {
        Built fresh = store.read(reader -> new Built(reader.version(), reader.outletFacts()));
        fresh.facts().graph();
        return latest.accumulateAndGet(fresh, (old, made) -> old != null && old.version() > made.version() ? old : made);
    }
}
