package org.echotrace.bench.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.echotrace.bench.DataPaths;
import org.echotrace.bench.OutletBenchmark;
import org.echotrace.bench.OutletCorpus;
import org.echotrace.bench.PlantedCorpus;
import org.echotrace.domain.AnalysisSettings;
import org.echotrace.nlp.CoreNlpLanguageAnalyzer;
import org.echotrace.nlp.Parser;
import org.junit.jupiter.api.Test;

/** Small honest versions of the evaluations, on the real data when it is there. */
class EvaluationTest {

    private static Path data(String name) {
        Optional<Path> dir = DataPaths.sharedData().map(d -> d.resolve(name)).filter(Files::isDirectory);
        assumeTrue(dir.isPresent(), "shared/data/" + name + " not found next to the project; skipped");
        return dir.get();
    }

    @Test
    void panFirstTwentyPairs() throws Exception {
        PanEvaluation.Result r = new PanEvaluation(AnalysisSettings.DEFAULTS).evaluate(data("pan13-verbatim"), 20);
        System.out.println(r.toJson());
        // In this copy of the corpus the gold susp offsets are shifted against the text in most cases (by a
        // few to ~1700 characters; 331 of 338 gold susp spans do not read as their source span), which caps
        // precision and recall. Measured: 0.895 on these 20 pairs, 0.925 on all 250.
        assertTrue(r.plagdet() >= 0.85, r.toJson());
        assertTrue(r.recall() >= 0.85 && r.precision() >= 0.85, r.toJson());
        assertTrue(r.granularity() <= 1.05, r.toJson());
        // The ceiling (an oracle reporting exactly the copied characters within 300 characters of each gold
        // case) is what the data allows; echotrace stays close to it. Measured on these 20 pairs: ceiling 0.939,
        // echotrace 0.895 (pair 19's gold is ~1,700 characters off the copies, which the oracle never reports);
        // on all 250: ceiling 0.934, echotrace 0.925.
        PanEvaluation.Result ceiling = new PanEvaluation(AnalysisSettings.DEFAULTS).ceiling(data("pan13-verbatim"), 20);
        assertTrue(r.plagdet() >= ceiling.plagdet() - 0.06, r.toJson() + " against the ceiling " + ceiling.toJson());
    }

    @Test
    void plantedOutletStructureOnAThousandArticles() {
        OutletCorpus.Corpus corpus = OutletCorpus.generate(PlantedCorpus.fromSharedData(data(".")), 1000, 42);
        OutletBenchmark.Result r = OutletBenchmark.run(corpus, AnalysisSettings.DEFAULTS);
        System.out.println(r.toJson());
        // Measured: 30 of 30 planted edges, one false (a digest's copy of a copier's verbatim stretch of the
        // wire, given to the wire: the text cannot tell), credit share exact, 48 of 49 hidden origins.
        assertEquals(1.0, r.edgeRecall(), r.toJson());
        assertTrue(r.edgePrecision() >= 0.9, r.toJson());
        assertTrue(r.meanCreditError() <= 0.02 && r.meanWordError() <= 0.05, r.toJson());
        assertTrue(r.hiddenChainRecall() >= 0.95 && r.hiddenChainPrecision() >= 0.95, r.toJson());
    }

    @Test
    void aStoreFindsTheCloughAnswersTheBatchDetectorFinds() throws Exception {
        CloughEvaluation evaluation = new CloughEvaluation(AnalysisSettings.DEFAULTS);
        CloughEvaluation.Result batch = evaluation.evaluate(data("clough-stevenson"));
        CloughEvaluation.Result store = evaluation.evaluateAgainstStore(data("clough-stevenson"));
        System.out.println(store.toJson());
        // the store keeps a winnowed half of the fingerprints; rewritten answers must stay candidates
        assertEquals(batch.cutRecall(), store.cutRecall(), store.toJson());
        assertEquals(batch.lightRecall(), store.lightRecall(), store.toJson());
        assertEquals(batch.heavyRecall(), store.heavyRecall(), store.toJson());
        assertEquals(batch.nonFalsePositiveRate(), store.nonFalsePositiveRate(), store.toJson());
    }

    @Test
    void cloughCopiedAnswersAreFoundIndependentOnesAreNot() throws Exception {
        CloughEvaluation.Result r = new CloughEvaluation(AnalysisSettings.DEFAULTS).evaluate(data("clough-stevenson"));
        System.out.println(r.toJson());
        // two "cut" answers copy Wikipedia text that is not in their task's source file, so 12/14 is the ceiling
        assertTrue(r.cutRecall() >= 0.85, r.toJson());
        assertTrue(r.lightRecall() >= 0.8, r.toJson());
        assertTrue(r.nonFalsePositiveRate() <= 0.1, r.toJson());
    }

    @Test
    void cloughRewrittenStatementsMatchTheirSourceIndependentOnesMostlyDoNot() throws Exception {
        CloughClaimEvaluation.Result r;
        try (var embedder = org.echotrace.nlp.embedding.MiniLmEmbedder.load(2)) {
            r = new CloughClaimEvaluation(new CoreNlpLanguageAnalyzer(Parser.cachedInDefaultPlace()), embedder,
                    org.echotrace.claims.ClaimSettings.DEFAULTS, 2).evaluate(data("clough-stevenson"));
        }
        System.out.println(r.toJson());
        // measured (docs/evaluation.md): claims P 0.782 R 0.851; paraphrase evidence P 0.858 R 0.804, and at
        // K = 4 all light, 0.875 of heavy and 0.097 of non answers linked
        assertTrue(r.claims().precision() >= 0.75 && r.claims().recall() >= 0.82, r.toJson());
        assertTrue(r.paraphrase().precision() >= 0.83 && r.paraphrase().recall() >= 0.78, r.toJson());
        assertTrue(r.paraphrase().linkedAtK().get("non").get(3) <= 0.13, r.toJson());
        assertTrue(r.paraphrase().linkedAtK().get("light").get(3) >= 0.9, r.toJson());
    }

    @Test
    void cloughTasksAreSeparateStories() throws Exception {
        StoryEvaluation.Result r = new StoryEvaluation(org.echotrace.story.StorySettings.DEFAULTS)
                .evaluate(data("clough-stevenson"));
        System.out.println(r.toJson());
        // measured at the default threshold 0.06: precision 1.0, recall 0.951 (docs/evaluation.md)
        assertTrue(r.pairPrecision() >= 0.98, r.toJson());
        assertTrue(r.pairRecall() >= 0.9, r.toJson());
    }

    @Test
    void ecbPlusEventsAsStories() throws Exception {
        StoryEvaluation.Result r = new StoryEvaluation(org.echotrace.story.StorySettings.DEFAULTS)
                .evaluate(data("ecbplus-odd"));
        System.out.println(r.toJson());
        // measured with the defaults: pairwise P 0.645, R 0.970, F1 0.775; B-cubed F1 0.832 (docs/evaluation.md)
        assertTrue(r.pairF1() >= 0.76 && r.pairRecall() >= 0.95, r.toJson());
        assertTrue(r.bcubedF1() >= 0.82, r.toJson());
    }

    @Test
    void ptcLabelsOnTheFirstArticles() throws Exception {
        PtcEvaluation.Result r = new PtcEvaluation(
                new org.echotrace.nlp.CoreNlpLanguageAnalyzer(org.echotrace.nlp.Parser.cachedInDefaultPlace()), 2)
                .evaluate(data("ptc"), 20);
        System.out.println(r.toJson());
        // Evaluative descriptors of every phrase (PTC vocabulary + MPQA). Measured on these 20: overlap precision
        // 0.331, recall 0.437, F1 0.377 (all 300: see docs/evaluation.md).
        assertTrue(r.overlap().f1() >= 0.35, r.toJson());
        assertTrue(r.overlap().precision() >= 0.30, r.toJson());
    }

    @Test
    void polnearFirstTenDevArticles() throws Exception {
        CoreNlpLanguageAnalyzer analyzer = new CoreNlpLanguageAnalyzer(Parser.cachedInDefaultPlace());
        PolnearEvaluation.Result r = new PolnearEvaluation(analyzer).evaluate(data("polnear/dev"), 10);
        System.out.println(r.toJson());
        // Measured on these 10 articles: cue 0.680 and source 0.747 exact F1, content 0.827 overlap F1, cue
        // precision 0.745 (2026-12-02, with the learnt source span model, which moved source from 0.744; were 0.659, 0.717, 0.846, 0.691: the cues that need a message and the
        // quotations running over paragraphs traded content here for cue and source, while all 84 dev articles
        // moved 0.654 / 0.710 / 0.779 to 0.664 / 0.719 / 0.782: see docs/evaluation.md). PolNeAR marks far more than speech and
        // attitudes ("seemed", "appeared", "released", "offered"), which echotrace no longer lists as
        // attributions, so recall is what holds these down; the floors sit a little under the measurement.
        assertEquals(10, r.documents());
        assertTrue(r.cue().exact().f1() >= 0.66, r.toJson());
        assertTrue(r.source().exact().f1() >= 0.73, r.toJson());
        assertTrue(r.content().overlap().f1() >= 0.81, r.toJson());
        assertTrue(r.cue().exact().precision() >= 0.70, r.toJson());
    }

    @Test
    void webPagesFirstHundredOfEachSet() throws Exception {
        WebEvaluation evaluation = new WebEvaluation();
        WebEvaluation.TrafilaturaResult trafilatura = evaluation.trafilatura(data("web-trafilatura"), 100);
        WebEvaluation.ReadabilityResult readability = evaluation.readability(data("web-readability"), 100);
        System.out.println(trafilatura.toJson());
        System.out.println(readability.toJson());
        // measured on these 100 pages of each (docs/evaluation.md has all 990 and 130): trafilatura's scoring
        // F 0.895 (P 0.907, R 0.884), every page read; Readability's pages word F1 0.938, 1 page unread
        assertTrue(trafilatura.unread() <= 1, trafilatura.toJson());
        assertTrue(trafilatura.fScore() >= 0.88, trafilatura.toJson());
        assertTrue(trafilatura.precision() >= 0.88 && trafilatura.recall() >= 0.87, trafilatura.toJson());
        assertTrue(trafilatura.titleAccuracy() >= 0.7, trafilatura.toJson());
        assertTrue(readability.f1() >= 0.93 && readability.unread() <= 1, readability.toJson());
        assertTrue(readability.dateAccuracy() >= 0.75, readability.toJson());
    }
}
