package org.echotrace.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.echotrace.domain.Document;
import org.echotrace.language.LanguageStage;
import org.echotrace.nlp.CoreNlpLanguageAnalyzer;
import org.echotrace.nlp.parse.Parser;

/**
 * Speed and memory of the language layer: parses a folder of texts with no cache on N threads (tokens/s,
 * peak heap), then runs the whole language stage again from a fresh parse cache it filled, to show what a
 * cached re-run costs. The model load is timed on its own: it is paid once per JVM. Heap is reported twice:
 * the sampled peak of used heap (garbage included, so it grows with {@code -Xmx}) and the largest heap in
 * use right after a collection (what the parse keeps alive).
 */
public final class NlpBenchmark {

    public record Result(int documents, long tokens, int threads, double loadSeconds, double parseSeconds,
                         double tokensPerSecond, double tokensPerCpuSecond, long peakHeapMegabytes,
                         long liveHeapMegabytes, double cachedSeconds) {
        public String toJson() {
            return Json.of(this);
        }
    }

    private NlpBenchmark() {
    }

    /** Texts of a folder ({@code *.txt}, recursively; PolNeAR's {@code text/} layout works as it is). */
    public static List<Document> texts(Path folder, int limit) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit)
                    .map(NlpBenchmark::document).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Path file) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            return Document.of(name, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Result run(List<Document> documents, int threads, Path cacheDirectory) throws InterruptedException {
        long t0 = System.nanoTime();
        Parser.warmUp();
        double load = seconds(t0);
        HeapSampler heap = HeapSampler.started();
        long tokens;
        double parse;
        double cpu;
        long live;
        try (LiveHeap afterCollections = LiveHeap.watching()) {
            long t1 = System.nanoTime();
            long cpu1 = processCpuNanos();
            tokens = parseAll(documents, threads, Parser.cachedIn(cacheDirectory));
            parse = seconds(t1);
            cpu = (processCpuNanos() - cpu1) / 1e9;
            live = afterCollections.peakBytes();
        }
        heap.interrupt();
        long t2 = System.nanoTime();
        new LanguageStage(new CoreNlpLanguageAnalyzer(Parser.cachedIn(cacheDirectory)), d -> null, threads)
                .run(documents, org.echotrace.Progress.NONE);
        double cached = seconds(t2);
        return new Result(documents.size(), tokens, threads, load, parse, tokens / parse, tokens / cpu,
                heap.peakBytes() >> 20, live >> 20, cached);
    }

    private static long parseAll(List<Document> documents, int threads, Parser parser) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> counts = documents.stream().map(d -> pool.submit(() ->
                    parser.parse(d.text(), null).get(CoreAnnotations.TokensAnnotation.class).size())).toList();
            long tokens = 0;
            for (Future<Integer> count : counts) {
                tokens += count.get();
            }
            return tokens;
        } catch (ExecutionException e) {
            throw new IllegalStateException("parse failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * CPU time of the whole process (all threads, GC and JIT included): on a machine shared with other work,
     * tokens per CPU second compares runs where wall time cannot.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
