package org.echotrace.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echotrace.Progress;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.OutletChain;
import org.echotrace.domain.OutletEdge;
import org.echotrace.domain.OutletGraph;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.outlets.OutletGraphBuilder;
import org.echotrace.reuse.ReuseDetector;
import org.echotrace.story.StoryClusterer;
import org.echotrace.story.StorySettings;

/**
 * Runs reuse, stories and the outlet graph on a corpus with a planted outlet structure ({@link OutletCorpus})
 * and scores the graph: precision and recall of the directed outlet edges, the error of each found edge's
 * words and credited share against what was planted, and how many planted copies of copies whose last
 * copy hides the origin were found as such. Also the CPU seconds of each stage, so that the outlet graph's
 * cost can be read against reuse and stories, and the false edges, so that each can be looked at.
 *
 * <p>A planted edge's words are the words copied (before the copy editor's edits); a found edge's are the
 * words aligned, so a small shortfall is expected there. Credit is what the later article's text names:
 * without the language layer, whether it names the earlier article's outlet.
 */
public final class OutletBenchmark {

    public record Result(int articles, double megabytes, int plantedCopies, int plantedEdges, int foundEdges,
                         int correctEdges, double edgePrecision, double edgeRecall, int undirectedEdges,
                         double meanWordError, double maxWordError, double meanCreditError, double maxCreditError,
                         int plantedHiddenChains, int foundHiddenChains, int correctHiddenChains,
                         double hiddenChainRecall, double hiddenChainPrecision, double reuseCpuSeconds,
                         double storiesCpuSeconds, double outletsCpuSeconds, double outletsShareOfReuseAndStories,
                         List<String> falseEdges) {
        public String toJson() {
            return Json.of(this);
        }
    }

    private OutletBenchmark() {
    }

    public static Result run(OutletCorpus.Corpus corpus, ReuseSettings settings) {
        CpuClock reuseClock = CpuClock.started();
        List<ReusePair> pairs = new ReuseDetector(settings).detect(corpus.documents(), Progress.NONE);
        double reuseSeconds = reuseClock.processSeconds();
        CpuClock storyClock = CpuClock.started();
        List<Story> stories = new StoryClusterer(StorySettings.DEFAULTS).cluster(corpus.documents(), pairs);
        double storySeconds = storyClock.processSeconds();
        CpuClock outletClock = CpuClock.started();
        OutletGraph graph = new OutletGraphBuilder(settings.minWords()).build(corpus.documents(), pairs, stories);
        double outletSeconds = outletClock.processSeconds();
        return score(corpus, graph, reuseSeconds, storySeconds, outletSeconds);
    }

    /** A planted edge: the words copied along it and how many of its copies credit the source. */
    private static final class Planted {
        int words;
        int copies;
        int credited;
    }

    public static Result score(OutletCorpus.Corpus corpus, OutletGraph graph, double reuseSeconds, double storySeconds,
                        double outletSeconds) {
        Map<String, Planted> planted = new HashMap<>();
        for (OutletCorpus.Copy c : corpus.copies()) {
            Planted p = planted.computeIfAbsent(c.sourceOutlet() + "->" + c.targetOutlet(), k -> new Planted());
            p.words += c.words();
            p.copies++;
            p.credited += c.credited() ? 1 : 0;
        }
        int found = 0;
        int correct = 0;
        int undirected = 0;
        List<Double> wordErrors = new ArrayList<>();
        List<Double> creditErrors = new ArrayList<>();
        List<String> falseEdges = new ArrayList<>();
        for (OutletEdge e : graph.edges()) {
            if (!e.directed()) {
                undirected++;
                continue;
            }
            found++;
            Planted p = planted.get(e.from() + "->" + e.to());
            if (p == null) {
                falseEdges.add(e.from() + " -> " + e.to() + " (" + e.articles() + " articles, " + e.words() + " words)");
                continue;
            }
            correct++;
            wordErrors.add(Math.abs(e.words() - p.words) / (double) p.words);
            if (e.creditedShare() != null) {
                creditErrors.add(Math.abs(e.creditedShare() - (double) p.credited / p.copies));
            }
        }
        Set<String> plantedHidden = new HashSet<>();
        corpus.chains().stream().filter(OutletCorpus.Chain::originHidden)
                .forEach(c -> plantedHidden.add(c.origin() + "|" + c.middle() + "|" + c.last()));
        int foundHidden = 0;
        int correctHidden = 0;
        for (OutletChain c : graph.chains()) {
            if (Boolean.TRUE.equals(c.originHidden())) {
                foundHidden++;
                correctHidden += plantedHidden.contains(c.originDocument() + "|" + c.middleDocument() + "|"
                        + c.lastDocument()) ? 1 : 0;
            }
        }
        return new Result(corpus.documents().size(), corpus.chars() / 1e6, corpus.copies().size(), planted.size(),
                found, correct, ratio(correct, found), ratio(correct, planted.size()), undirected, mean(wordErrors),
                max(wordErrors), mean(creditErrors), max(creditErrors), plantedHidden.size(), foundHidden,
                correctHidden, ratio(correctHidden, plantedHidden.size()), ratio(correctHidden, foundHidden),
                reuseSeconds, storySeconds, outletSeconds, outletSeconds / (reuseSeconds + storySeconds), falseEdges);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
