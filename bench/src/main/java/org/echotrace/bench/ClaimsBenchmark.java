package org.echotrace.bench;

import java.nio.file.Path;
import java.util.List;
import org.echotrace.Progress;
import org.echotrace.analysis.AnalysisPipeline;
import org.echotrace.claims.ClaimSettings;
import org.echotrace.claims.ClaimStage;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Document;
import org.echotrace.domain.Report;
import org.echotrace.entity.AttributionEntities;
import org.echotrace.entity.EntityIndex;
import org.echotrace.entity.EntityLinker;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.LanguageStage;
import org.echotrace.nlp.CoreNlpLanguageAnalyzer;
import org.echotrace.nlp.parse.Parser;
import org.echotrace.nlp.embedding.MiniLmEmbedder;
import org.echotrace.story.StorySettings;

/**
 * What the claims stage adds to a full analysis: a full analyze without claims from a cold parse cache
 * (the CoreNLP model load timed apart, it is paid once per JVM), then the claims stage alone on the same
 * documents (sentence model load timed apart too): statements per second, its share of the full analysis,
 * and the peak heap while it runs.
 */
public final class ClaimsBenchmark {

    public record Result(int documents, int statements, int claims, int threads, double analyzeSeconds,
                         double modelLoadSeconds, double claimsSeconds, double statementsPerSecond,
                         double shareOfAnalyze, long claimsPeakHeapMegabytes) {
        public String toJson() {
            return Json.of(this);
        }
    }

    private ClaimsBenchmark() {
    }

    public static Result run(List<Document> documents, int threads, Path cacheDirectory) throws InterruptedException {
        Parser.warmUp();
        CoreNlpLanguageAnalyzer language = new CoreNlpLanguageAnalyzer(Parser.cachedIn(cacheDirectory));
        long t0 = System.nanoTime();
        Report report = new AnalysisPipeline(ReuseSettings.DEFAULTS, StorySettings.DEFAULTS).withLanguage(language, threads)
                .analyze(documents, List.of(), Progress.NONE);
        double analyze = seconds(t0);
        List<DocumentLanguage> languages = new LanguageStage(language, d -> null, threads)
                .run(documents, Progress.NONE).languages();
        AttributionEntities.Linked linked = AttributionEntities.link(
                languages.stream().flatMap(l -> l.attributions().stream()).toList(),
                new EntityLinker().link(documents, languages));
        EntityIndex entities = linked.entities();
        List<Attribution> attributions = linked.attributions();
        long t1 = System.nanoTime();
        try (MiniLmEmbedder embedder = MiniLmEmbedder.load(threads)) {
            double load = seconds(t1);
            HeapSampler heap = HeapSampler.started();
            long t2 = System.nanoTime();
            ClaimStage.Result claims = new ClaimStage(embedder, ClaimSettings.DEFAULTS).run(new ClaimStage.Input(
                    documents, languages, attributions, entities, report.stories(), report.reuse()), Progress.NONE);
            double seconds = seconds(t2);
            heap.interrupt();
            int statements = claims.claims().stream().mapToInt(c -> c.statements().size()).sum();
            return new Result(documents.size(), statements, claims.claims().size(), threads, analyze, load, seconds,
                    statements / seconds, (seconds + load) / analyze, heap.peakBytes() >> 20);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
