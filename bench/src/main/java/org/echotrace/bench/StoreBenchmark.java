package org.echotrace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.echotrace.Progress;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.nlp.CoreNlpLanguageAnalyzer;
import org.echotrace.nlp.parse.Parser;
import org.echotrace.store.ArticleStore;
import org.echotrace.store.CheckResult;
import org.echotrace.store.Intake;
import org.echotrace.store.StoreConfig;
import org.echotrace.store.StoreStats;

/**
 * The store under load: ingest throughput (NLP off, and on for a few real articles) and the latency of
 * checking one new article against a store of a given size. Articles come from a planted corpus, so
 * checks meet real copies; the checked articles are generated with the store's but never stored.
 */
public final class StoreBenchmark {

    /** One store size: how fast it filled and how fast a new article is checked against it. */
    /**
     * @param ingestCpuSeconds CPU time of the whole process while filling (all threads: writer, Lucene's
     *     indexing and merges, JIT compiler, collector); with {@code ingestWriterCpuSeconds}, the writer
     *     thread's, these compare changes on a machine that is busy with other work, where wall time does not
     */
    public record SizeResult(int articles, double ingestSeconds, double ingestArticlesPerSecond,
                             double ingestCpuSeconds, double ingestWriterCpuSeconds, int checks,
                             double checkMedianMillis, double checkP99Millis, double checksWithReuse,
                             long indexMegabytes, long peakHeapMegabytes, int stories, int largestStory,
                             int reusePairs, double plantedRecall, double passagePrecision) {
    }

    /** Ingest with the language layer on: parsing dominates, so a handful of real articles tells the rate. */
    public record NlpIngest(int articles, double seconds, double articlesPerSecond) {
    }

    public record Result(List<SizeResult> sizes, NlpIngest nlp, StoreConfig config) {
        public String toJson() {
            return Json.of(this);
        }
    }

    private static final int COMMIT_EVERY = 1000;

    private StoreBenchmark() {
    }

    public static SizeResult size(PlantedCorpus generator, int articles, int checks, long seed) throws IOException {
        PlantedCorpus.Corpus corpus = generator.generate(articles + checks, seed);
        List<Document> all = corpus.documents();
        List<Document> stored = all.subList(0, articles);
        List<Document> checked = all.subList(articles, all.size());
        Path dir = Files.createTempDirectory("echotrace-bench-store");
        try {
            System.gc();
            HeapSampler heap = HeapSampler.started();
            double ingestSeconds;
            double ingestCpu;
            double writerCpu;
            long[] nanos = new long[checked.size()];
            int withReuse = 0;
            int[] largest = new int[1];
            StoreStats stats;
            ReuseBenchmark.Score score;
            try (ArticleStore store = ArticleStore.openForWriting(dir, StoreConfig.defaults())) {
                Intake intake = new Intake(store, null, 1);
                CpuClock cpu = CpuClock.started();
                long t0 = System.nanoTime();
                for (int from = 0; from < stored.size(); from += COMMIT_EVERY) {
                    intake.add(stored.subList(from, Math.min(stored.size(), from + COMMIT_EVERY)), Progress.NONE, o -> { });
                }
                ingestSeconds = (System.nanoTime() - t0) / 1e9;
                ingestCpu = cpu.processSeconds();
                writerCpu = cpu.threadSeconds();
                for (int i = 0; i < checked.size(); i++) {
                    long start = System.nanoTime();
                    CheckResult result = store.check(checked.get(i));
                    nanos[i] = System.nanoTime() - start;
                    withReuse += result.reuse().isEmpty() ? 0 : 1;
                }
                stats = store.stats();
                store.forEachStory(s -> largest[0] = Math.max(largest[0], s.documents().size()));
                score = plantedAmongStored(corpus, stored, store);
            } finally {
                heap.interrupt();
            }
            Arrays.sort(nanos);
            return new SizeResult(articles, ingestSeconds, articles / ingestSeconds, ingestCpu, writerCpu, checked.size(),
                    percentile(nanos, 0.5) / 1e6, percentile(nanos, 0.99) / 1e6,
                    checked.isEmpty() ? 0 : (double) withReuse / checked.size(), megabytes(dir), heap.peakBytes() >> 20,
                    stats.stories(), largest[0], stats.reusePairs(), score.recall(), score.precision());
        } finally {
            TempFiles.deleteTree(dir);
        }
    }

    /** The stored pairs scored against the passages planted between stored articles (as `bench reuse` does). */
    private static ReuseBenchmark.Score plantedAmongStored(PlantedCorpus.Corpus corpus, List<Document> stored,
                                                           ArticleStore store) {
        Set<String> ids = stored.stream().map(Document::id).collect(Collectors.toSet());
        List<PlantedCorpus.Planted> planted = corpus.planted().stream()
                .filter(p -> ids.contains(p.source()) && ids.contains(p.target()))
                .toList();
        List<ReusePair> pairs = new ArrayList<>();
        store.forEachPair(pairs::add);
        return ReuseBenchmark.score(planted, pairs);
    }

    /** Ingests real articles with the language layer on (parses cached in a fresh folder, so all are parsed). */
    public static NlpIngest withLanguage(List<Document> articles, int threads) throws IOException {
        Path dir = Files.createTempDirectory("echotrace-bench-store-nlp");
        try (ArticleStore store = ArticleStore.openForWriting(dir, StoreConfig.defaults())) {
            Parser.warmUp();
            Intake intake = new Intake(store, new CoreNlpLanguageAnalyzer(Parser.cachedIn(dir.resolve("parses"))), threads);
            long t0 = System.nanoTime();
            intake.add(articles, Progress.NONE, o -> { });
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new NlpIngest(articles.size(), seconds, articles.size() / seconds);
        } finally {
            TempFiles.deleteTree(dir);
        }
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static long megabytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() >> 20;
        }
    }
}
