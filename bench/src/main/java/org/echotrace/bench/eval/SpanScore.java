package org.echotrace.bench.eval;

import java.util.List;
import org.echotrace.domain.Span;

/**
 * Precision and recall of predicted spans against gold spans, counted two ways: exact (the same
 * fragments) and overlap (sharing at least one character). Counts are doubles because an article with
 * several annotators contributes the average of its per-annotator counts.
 */
public final class SpanScore {

    private double predicted;
    private double gold;
    private double exactPredictedCorrect;
    private double exactGoldFound;
    private double overlapPredictedCorrect;
    private double overlapGoldFound;

    /** Adds one document's spans, weighted (1 / number of annotators of that article). */
    void add(List<List<Span>> predictions, List<List<Span>> golds, double weight) {
        predicted += weight * predictions.size();
        gold += weight * golds.size();
        for (List<Span> p : predictions) {
            exactPredictedCorrect += golds.contains(p) ? weight : 0;
            overlapPredictedCorrect += golds.stream().anyMatch(g -> overlaps(p, g)) ? weight : 0;
        }
        for (List<Span> g : golds) {
            exactGoldFound += predictions.contains(g) ? weight : 0;
            overlapGoldFound += predictions.stream().anyMatch(p -> overlaps(p, g)) ? weight : 0;
        }
    }

    PrecisionRecall exact() {
        return PrecisionRecall.of(exactPredictedCorrect, predicted, exactGoldFound, gold);
    }

    PrecisionRecall overlap() {
        return PrecisionRecall.of(overlapPredictedCorrect, predicted, overlapGoldFound, gold);
    }

    private static boolean overlaps(List<Span> a, List<Span> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(x::overlaps));
    }

    /** Precision, recall and their harmonic mean; 0 where nothing was predicted or nothing was gold. */
    public record PrecisionRecall(double precision, double recall, double f1) {
        static PrecisionRecall of(double predictedCorrect, double predicted, double goldFound, double gold) {
            double p = predicted == 0 ? 0 : predictedCorrect / predicted;
            double r = gold == 0 ? 0 : goldFound / gold;
            return new PrecisionRecall(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }
}
