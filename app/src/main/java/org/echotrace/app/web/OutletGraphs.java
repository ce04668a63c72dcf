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
 * behind at worst, and no request waits for a rebuild except the very first.
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

    public Answer graph(LocalDate from, LocalDate to) {
        long version = store.read(StoreReader::version);
        Built built = latest.get();
        if (built == null) {
            built = rebuild();
        } else if (built.version() != version && rebuilding.compareAndSet(false, true)) {
            rebuilder.execute(() -> {
                try {
                    rebuild();
                } finally {
                    rebuilding.set(false);
                }
            });
        }
        return new Answer(built.facts().graph(from, to), built.version(), built.version() != version);
    }

    /** Facts of the current commit, kept unless a rebuild of a newer commit finished first. */
    private Built rebuild() {
        Built fresh = store.read(reader -> new Built(reader.version(), reader.outletFacts()));
        return latest.accumulateAndGet(fresh, (old, made) -> old != null && old.version() > made.version() ? old : made);
    }
}
