package org.echotrace.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.Progress;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.Passage;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Span;
import org.echotrace.reuse.ReuseDetector;

/**
 * Runs the detector on a planted corpus and measures speed, memory and accuracy. A planted passage counts
 * as found when a detected passage of the same two articles covers at least half of it on both sides; a
 * detected passage is correct when it overlaps a planted one on both sides.
 */
public final class ReuseBenchmark {

    public record Result(int articles, double megabytes, double seconds, double articlesPerSecond,
                         double megabytesPerSecond, long peakHeapMegabytes, int planted, int found,
                         double recall, int detectedPassages, int correctPassages, double precision, int pairs,
                         ReuseSettings settings) {
        public String toJson() {
            return Json.of(this);
        }
    }

    private ReuseBenchmark() {
    }

    public static Result run(PlantedCorpus.Corpus corpus, ReuseSettings settings) {
        System.gc();
        HeapSampler heap = HeapSampler.started();
        long t0 = System.nanoTime();
        List<ReusePair> pairs = new ReuseDetector(settings).detect(corpus.documents(), Progress.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        heap.interrupt();
        Score score = score(corpus, pairs);
        double mb = corpus.chars() / 1e6;
        return new Result(corpus.documents().size(), mb, seconds, corpus.documents().size() / seconds, mb / seconds,
                heap.peakBytes() >> 20, score.planted(), score.found(), score.recall(), score.detectedPassages(),
                score.correctPassages(), score.precision(), pairs.size(), settings);
    }

    /** How many planted passages (of 50+ words) were found, and how many found passages were planted. */
    public record Score(int planted, int found, double recall, int detectedPassages, int correctPassages,
                        double precision) {
    }

    /** Scores pairs found by any detector (this one, a distributed job) against the planted passages. */
    public static Score score(PlantedCorpus.Corpus corpus, List<ReusePair> pairs) {
        return score(corpus.planted(), pairs);
    }

    public static Score score(List<PlantedCorpus.Planted> planted, List<ReusePair> pairs) {
        Map<String, ReusePair> byIds = new HashMap<>();
        int detected = 0;
        for (ReusePair p : pairs) {
            byIds.put(p.a() + "|" + p.b(), p);
            detected += p.passages().size();
        }
        int found = 0;
        int big = 0;
        int correct = 0;
        for (PlantedCorpus.Planted g : planted) {
            boolean sourceIsA = g.source().compareTo(g.target()) < 0;
            ReusePair p = byIds.get(sourceIsA ? g.source() + "|" + g.target() : g.target() + "|" + g.source());
            if (g.words() >= 50) {
                big++;
                if (p != null && p.passages().stream().anyMatch(x -> covers(x, g, sourceIsA, 0.5))) {
                    found++;
                }
            }
        }
        Map<String, List<PlantedCorpus.Planted>> plantedByPair = new HashMap<>();
        for (PlantedCorpus.Planted g : planted) {
            boolean sourceIsA = g.source().compareTo(g.target()) < 0;
            plantedByPair.computeIfAbsent(sourceIsA ? g.source() + "|" + g.target() : g.target() + "|" + g.source(),
                    k -> new java.util.ArrayList<>()).add(g);
        }
        for (ReusePair p : pairs) {
            for (Passage x : p.passages()) {
                if (plantedByPair.getOrDefault(p.a() + "|" + p.b(), List.of()).stream()
                        .anyMatch(g -> covers(x, g, g.source().equals(p.a()), 0.0))) {
                    correct++;
                }
            }
        }
        return new Score(big, found, big == 0 ? 1 : (double) found / big, detected, correct,
                detected == 0 ? 1 : (double) correct / detected);
    }

    /** Overlap on both sides of more than {@code share} of the planted spans (any overlap for 0). */
    private static boolean covers(Passage x, PlantedCorpus.Planted g, boolean sourceIsA, double share) {
        Span src = sourceIsA ? x.a() : x.b();
        Span dst = sourceIsA ? x.b() : x.a();
        return overlap(src, g.inSource()) > share * g.inSource().length()
                && overlap(dst, g.inTarget()) > share * g.inTarget().length();
    }

    private static int overlap(Span x, Span y) {
        return Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
    }

    /** {@code ReuseBenchmark ARTICLES [SEED]}: builds a planted corpus, prints the result as one JSON line. */
    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        long t0 = System.nanoTime();
        PlantedCorpus.Corpus corpus = PlantedCorpus.fromSharedData(DataPaths.require(".")).generate(articles, seed);
        System.err.printf("corpus: %d articles, %.1f MB, %d planted, built in %.1f s%n", articles,
                corpus.chars() / 1e6, corpus.planted().size(), (System.nanoTime() - t0) / 1e9);
        System.out.println(run(corpus, ReuseSettings.DEFAULTS).toJson());
    }
}
