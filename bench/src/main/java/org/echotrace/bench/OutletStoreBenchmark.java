package org.echotrace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.echotrace.Progress;
import org.echotrace.domain.Document;
import org.echotrace.domain.OutletGraph;
import org.echotrace.app.web.OutletGraphs;
import org.echotrace.store.ArticleStore;
import org.echotrace.store.Intake;
import org.echotrace.store.StoreConfig;

/**
 * The server's outlet graph over a store filled with the outlet corpus, through the server's own
 * {@link OutletGraphs}: the seconds to make its facts and the whole store's graph (what the server does in
 * the background once per commit) and the milliseconds to answer, for the whole store and for one week of it
 * (what {@code GET /api/outlets} and {@code /outlets} do per request).
 */
public final class OutletStoreBenchmark {

    /** Answer times are wall milliseconds and, beside them, the answering thread's CPU milliseconds (a loaded machine). */
    public record Result(int articles, double ingestCpuSeconds, double factsSeconds, double factsCpuSeconds,
                         int outlets, int edges, int chains, int answers, double allMedianMillis, double allP99Millis,
                         double weekMedianMillis, double weekP99Millis, double allCpuMedianMillis,
                         double weekCpuMedianMillis) {
        public String toJson() {
            return Json.of(this);
        }
    }

    private static final int ANSWERS = 50;
    private static final int COMMIT_EVERY = 1000;

    private OutletStoreBenchmark() {
    }

    public static Result run(List<Document> documents) throws IOException {
        Path dir = Files.createTempDirectory("echotrace-bench-outlets-store");
        try (ArticleStore store = ArticleStore.openForWriting(dir, StoreConfig.defaults())) {
            Intake intake = new Intake(store, null, 1);
            CpuClock ingest = CpuClock.started();
            for (int from = 0; from < documents.size(); from += COMMIT_EVERY) {
                intake.add(documents.subList(from, Math.min(documents.size(), from + COMMIT_EVERY)), Progress.NONE, o -> { });
            }
            double ingestCpu = ingest.processSeconds();
            CpuClock cpu = CpuClock.started();
            long t0 = System.nanoTime();
            OutletGraphs graphs = new OutletGraphs(store);
            graphs.graph(null, null);
            double factsSeconds = (System.nanoTime() - t0) / 1e9;
            double factsCpu = cpu.processSeconds();
            long[] all = new long[ANSWERS];
            long[] week = new long[ANSWERS];
            long[] allCpu = new long[ANSWERS];
            long[] weekCpu = new long[ANSWERS];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            OutletGraph graph = null;
            LocalDate firstDay = LocalDate.of(2024, 3, 8);
            for (int i = 0; i < ANSWERS; i++) {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                graph = graphs.graph(null, null).graph();
                all[i] = System.nanoTime() - start;
                allCpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
                start = System.nanoTime();
                cpuStart = threads.getCurrentThreadCpuTime();
                graphs.graph(firstDay, firstDay.plusDays(6));
                week[i] = System.nanoTime() - start;
                weekCpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
            for (long[] times : List.of(all, week, allCpu, weekCpu)) {
                Arrays.sort(times);
            }
            return new Result(documents.size(), ingestCpu, factsSeconds, factsCpu, graph.outlets().size(),
                    graph.edges().size(), graph.chains().size(), ANSWERS, percentile(all, 0.5), percentile(all, 0.99),
                    percentile(week, 0.5), percentile(week, 0.99), percentile(allCpu, 0.5), percentile(weekCpu, 0.5));
        } finally {
            TempFiles.deleteTree(dir);
        }
    }

    /** In milliseconds. */
    private static double percentile(long[] sortedNanos, double q) {
        return sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.ceil(q * sortedNanos.length) - 1)] / 1e6;
    }
}
