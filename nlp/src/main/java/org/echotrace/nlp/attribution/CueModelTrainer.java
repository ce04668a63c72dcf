package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.echotrace.domain.Span;
import org.echotrace.domain.TextSpan;
import org.echotrace.nlp.parse.ParsedSentence;

/**
 * Learns a {@link CueModel} from parsed articles and their gold cue spans: every word outside quotations
 * is one example, labelled a cue when it heads a gold cue (the word of the span that its other words hang
 * under). Logistic regression by stochastic gradient descent with a fixed shuffle, so the same corpus
 * always gives the same weights; features seen fewer than {@code minCount} times are not learnt, and weights
 * under {@code minWeight} are left out of the model (they move a word's score by less than a twentieth).
 */
public final class CueModelTrainer {

    private final Map<String, Integer> featureIds = new HashMap<>();
    private final List<String> featureNames = new ArrayList<>();
    private final List<Integer> featureCounts = new ArrayList<>();
    private final List<int[]> examples = new ArrayList<>();
    private final List<Boolean> labels = new ArrayList<>();

    /** Adds one article's words as examples; {@code goldCues} are the cue spans of any of its annotators. */
    public void add(String text, Annotation parse, List<Span> goldCues) {
        List<CoreMap> sentences = parse.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return;
        }
        List<TextSpan> quotes = QuoteFinder.find(text);
        for (CoreMap s : sentences) {
            ParsedSentence sentence = ParsedSentence.of(s);
            if (!sentence.parsed()) {
                continue;
            }
            java.util.Set<Integer> heads = new java.util.HashSet<>();
            for (Span cue : goldCues) {
                if (cue.start() >= sentence.start() && cue.end() <= sentence.end()) {
                    int head = headOf(sentence, cue);
                    if (head > 0) {
                        heads.add(head);
                    }
                }
            }
            for (int i = 1; i <= sentence.tokens().size(); i++) {
                var token = sentence.token(i);
                if (QuoteFinder.enclosing(quotes, TextSpan.of(text, token.beginPosition(), token.endPosition())) != null) {
                    continue;
                }
                examples.add(ids(CueModel.features(sentence, i)));
                labels.add(heads.contains(i));
            }
        }
    }

    /** The word of a span that the span's other words hang under; a verb where there are several. */
    static int headOf(ParsedSentence sentence, Span span) {
        int head = -1;
        for (int i = 1; i <= sentence.tokens().size(); i++) {
            var token = sentence.token(i);
            if (token.beginPosition() < span.start() || token.endPosition() > span.end()) {
                continue;
            }
            IndexedWord node = sentence.graph().getNodeByIndexSafe(i);
            IndexedWord parent = node == null ? null : sentence.parent(node);
            var parentToken = parent == null ? null : sentence.token(parent);
            boolean governedFromOutside = parentToken == null || parentToken.beginPosition() < span.start()
                    || parentToken.endPosition() > span.end();
            if (governedFromOutside && (head < 0 || token.tag().startsWith("VB"))) {
                head = i;
            }
        }
        return head;
    }

    private int[] ids(java.util.Set<String> features) {
        int[] ids = new int[features.size()];
        int n = 0;
        for (String f : features) {
            Integer id = featureIds.get(f);
            if (id == null) {
                id = featureNames.size();
                featureIds.put(f, id);
                featureNames.add(f);
                featureCounts.add(0);
            }
            featureCounts.set(id, featureCounts.get(id) + 1);
            ids[n++] = id;
        }
        return ids;
    }

    public int examples() {
        return examples.size();
    }

    public long positives() {
        return labels.stream().filter(b -> b).count();
    }

    /** Weights by logistic regression: SGD with a falling rate and L2 shrinkage of the weights it touches. */
    public Map<String, Double> train(int epochs, int minCount, double learningRate, double l2, double minWeight) {
        double[] w = new double[featureNames.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(1);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            double rate = learningRate / (1 + epoch);
            for (int i : order) {
                int[] x = examples.get(i);
                double z = 0;
                for (int id : x) {
                    z += w[id];
                }
                double gradient = (labels.get(i) ? 1 : 0) - 1 / (1 + Math.exp(-z));
                for (int id : x) {
                    if (featureCounts.get(id) >= minCount) {
                        w[id] += rate * (gradient - l2 * w[id]);
                    }
                }
            }
        }
        Map<String, Double> weights = new TreeMap<>();
        for (int id = 0; id < w.length; id++) {
            if (Math.abs(w[id]) >= minWeight) {
                weights.put(featureNames.get(id), w[id]);
            }
        }
        return weights;
    }

    /** Writes weights, threshold and the thresholds of particular shapes as {@link CueModel#parse} reads them. */
    public static void write(Map<String, Double> weights, double threshold, Map<String, Double> shapeThresholds,
                             String comment, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# " + comment + "\n");
            out.write(CueModel.THRESHOLD_KEY + "\t" + threshold + "\n");
            for (Map.Entry<String, Double> e : new TreeMap<>(shapeThresholds).entrySet()) {
                out.write(CueModel.SHAPE_THRESHOLD_PREFIX + e.getKey() + "\t" + e.getValue() + "\n");
            }
            for (Map.Entry<String, Double> e : weights.entrySet()) {
                out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()) + "\n");
            }
        }
    }
}
