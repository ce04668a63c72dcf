package org.echotrace.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole {@code analyze} command on a planted corpus, not one stage: the corpus is written to JSON Lines
 * files first, then the command reads, cleans, finds reuse and stories and writes its report files, and the
 * wall time, CPU seconds (every thread, GC included) and sampled peak heap of that run are reported.
 */
public final class AnalyzeBenchmark {

    /**
     * @param summary what the command printed (documents, pairs, stories)
     */
    public record Result(int articles, double megabytes, int planted, double wallSeconds, double cpuSeconds,
                         double peakHeapMegabytes, long maxHeapMegabytes, int exitCode, String summary) {
        public String toJson() {
            return Json.of(this);
        }
    }

    /** Runs the command on a folder of articles, writing into {@code out}; returns its exit code and output. */
    @FunctionalInterface
    public interface Command {
        Outcome run(Path input, Path out) throws Exception;
    }

    public record Outcome(int exitCode, String output) {
    }

    private AnalyzeBenchmark() {
    }

    public static Result run(PlantedCorpus generator, int articles, long seed, Command analyze) throws Exception {
        return run(generator, articles, seed, null, analyze);
    }

    /**
     * @param keep where to write the corpus ({@code keep/articles}) and the outputs ({@code keep/out}) and leave
     *             them, so that another build's analyze can be run on the same corpus and its files compared;
     *             null for a temporary folder deleted afterwards
     */
    public static Result run(PlantedCorpus generator, int articles, long seed, Path keep, Command analyze)
            throws Exception {
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("echotrace-bench-analyze");
        try {
            Path input = dir.resolve("articles");
            PlantedCorpus.Plan plan;
            try (JsonlCorpusWriter writer = new JsonlCorpusWriter(input, 1000)) {
                plan = generator.stream(articles, seed, writer);
            }
            System.gc();
            HeapSampler heap = HeapSampler.started();
            CpuClock cpu = CpuClock.started();
            long start = System.nanoTime();
            Outcome outcome = analyze.run(input, dir.resolve("out"));
            double wall = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = cpu.processSeconds();
            heap.interrupt();
            String summary = outcome.output().lines().filter(l -> l.contains("documents")).findFirst()
                    .orElse(outcome.output().strip());
            return new Result(articles, plan.chars() / 1e6, plan.planted().size(), wall, cpuSeconds,
                    heap.peakBytes() / 1e6, Runtime.getRuntime().maxMemory() >> 20, outcome.exitCode(), summary);
        } finally {
            if (keep == null) {
                TempFiles.deleteTree(dir);
            }
        }
    }
}
