package org.echotrace.nlp.attribution;

import edu.stanford.nlp.pipeline.Annotation;
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

/**
 * Learns a {@link SpanModel} from parsed articles and their gold attributions: each attribution the rules read
 * whose cue touches a gold cue is one example, its options ({@link SourceOptions}) ranked, the right one being
 * the gold attribution's source (or none, where it has none). An averaged perceptron over a fixed shuffle, so
 * the same corpus always gives the same weights. Examples whose gold source is no option are counted, not
 * learnt.
 */
public final class SpanModelTrainer {

    /** One gold attribution: its cue, source (empty: none) and content fragments. */
    public record Gold(List<Span> cue, List<Span> source, List<Span> content) {
    }

    private final Map<String, Integer> featureIds = new HashMap<>();
    private final List<String> featureNames = new ArrayList<>();
    private final List<Integer> featureCounts = new ArrayList<>();
    private final List<int[][]> examples = new ArrayList<>();
    private final List<Integer> answers = new ArrayList<>();
    private final List<Integer> ruleChoices = new ArrayList<>();
    /** The options' words, for the changes {@link #accuracy} lists with {@code -Dexamples}. */
    private final List<List<String>> optionTexts = new ArrayList<>();
    private int unreachable;
    private int spurious;
    /** How the rules' source stood to the gold one in the examples (for the error analysis the tool prints). */
    private final Map<String, Integer> ruleErrors = new TreeMap<>();

    /** Adds one article; {@code annotators} holds each annotator's gold attributions. */
    public void add(String text, Annotation parse, List<List<Gold>> annotators) {
        AttributionFinder.Refiner recorder = (t, quotes, sentence, candidate) -> {
            record(text, SourceOptions.of(t, quotes, sentence, candidate), candidate, annotators);
            return candidate;
        };
        new AttributionFinder(CueLexicon.bundled(), CueModel.bundled(), recorder).candidates(text, parse);
    }

    private void record(String text, List<SourceOptions.Option> options, Candidate candidate, List<List<Gold>> annotators) {
        if (candidate.source() == null) {
            return; // the model only revises a source the rules read (SpanModel#refine)
        }
        int rule = ruleIndex(options, candidate.source());
        for (List<Gold> golds : annotators) {
            Gold gold = matching(golds, candidate.cue().span());
            if (gold == null) {
                spurious++;
                continue;
            }
            int answer = answerIndex(options, gold);
            String error = errorClass(candidate, gold, answer);
            ruleErrors.merge(error, 1, Integer::sum);
            if (System.getProperty("examples") != null && !error.endsWith("right") && !error.endsWith("(right)")) {
                System.err.println(error + ": cue [" + candidate.cue().text() + "] rules [" + (candidate.source() == null ? ""
                        : candidate.source().text()) + "] gold " + gold.source().stream().map(g -> "[" + g.of(text) + "]").toList()
                        + " " + candidate.shape());
            }
            if (answer < 0) {
                unreachable++;
                continue;
            }
            int[][] x = new int[options.size()][];
            for (int i = 0; i < options.size(); i++) {
                x[i] = ids(options.get(i).features());
            }
            examples.add(x);
            optionTexts.add(options.stream().map(o -> o.span() == null ? "(none)" : o.span().text()).toList());
            answers.add(answer);
            ruleChoices.add(rule);
        }
    }

    private static String errorClass(Candidate candidate, Gold gold, int answer) {
        boolean cueExact = gold.cue().size() == 1 && gold.cue().get(0).equals(candidate.cue().span());
        String cue = cueExact ? "cue exact" : "cue overlaps";
        TextSpan rule = candidate.source();
        if (gold.source().isEmpty()) {
            return cue + ", gold none, rules " + (rule == null ? "none (right)" : "some");
        }
        Span wanted = gold.source().get(0);
        String found = answer < 0 ? " [no option]" : "";
        if (rule == null) {
            return cue + ", rules none, gold some" + found;
        }
        if (rule.span().equals(wanted) && gold.source().size() == 1) {
            return cue + ", rules right";
        }
        Span r = rule.span();
        String how = !r.overlaps(wanted) ? "elsewhere" : r.contains(wanted) ? "too long" : wanted.contains(r) ? "too short" : "crossing";
        return cue + ", rules " + how + found;
    }

    private static int ruleIndex(List<SourceOptions.Option> options, TextSpan rule) {
        for (int i = 0; i < options.size(); i++) {
            if (java.util.Objects.equals(options.get(i).span(), rule)) {
                return i;
            }
        }
        return -1;
    }

    /** The gold attribution whose cue shares the most characters with the predicted cue, or null. */
    private static Gold matching(List<Gold> golds, Span cue) {
        Gold best = null;
        int bestShared = 0;
        for (Gold g : golds) {
            int shared = 0;
            for (Span fragment : g.cue()) {
                shared += Math.max(0, Math.min(fragment.end(), cue.end()) - Math.max(fragment.start(), cue.start()));
            }
            if (shared > bestShared) {
                best = g;
                bestShared = shared;
            }
        }
        return best;
    }

    private static int answerIndex(List<SourceOptions.Option> options, Gold gold) {
        if (gold.source().size() > 1) {
            return -1;
        }
        Span wanted = gold.source().isEmpty() ? null : gold.source().get(0);
        for (int i = 0; i < options.size(); i++) {
            TextSpan span = options.get(i).span();
            if (wanted == null ? span == null : span != null && span.span().equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private int[] ids(java.util.Set<String> features) {
        int[] ids = new int[features.size()];
        int n = 0;
        for (String f : features) {
            int id = featureIds.computeIfAbsent(f, k -> {
                featureNames.add(k);
                featureCounts.add(0);
                return featureNames.size() - 1;
            });
            featureCounts.set(id, featureCounts.get(id) + 1);
            ids[n++] = id;
        }
        return ids;
    }

    /** Examples, examples whose gold source is no option, and attributions whose cue touches no gold cue. */
    public String counts() {
        long ruleRight = 0;
        for (int i = 0; i < examples.size(); i++) {
            ruleRight += ruleChoices.get(i).equals(answers.get(i)) ? 1 : 0;
        }
        return String.format(Locale.ROOT, "%d examples (rules right in %d), %d with the gold source no option, %d on cues no gold touches",
                examples.size(), ruleRight, unreachable, spurious);
    }

    /** The rules' sources against the gold ones, by kind of error, one a line. */
    public String ruleErrors() {
        StringBuilder out = new StringBuilder();
        ruleErrors.forEach((k, v) -> out.append(v).append('\t').append(k).append('\n'));
        return out.toString();
    }

    /** Weights by an averaged perceptron that ranks each example's options; rarer features than minCount are not learnt. */
    public Map<String, Double> train(int epochs, int minCount) {
        int n = featureNames.size();
        double[] w = new double[n];
        double[] total = new double[n];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(1);
        long step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                int[][] x = examples.get(i);
                int predicted = best(w, x);
                int answer = answers.get(i);
                if (predicted != answer) {
                    update(w, total, x[answer], 1, step, minCount);
                    update(w, total, x[predicted], -1, step, minCount);
                }
                step++;
            }
        }
        Map<String, Double> weights = new TreeMap<>();
        for (int id = 0; id < n; id++) {
            double averaged = w[id] - total[id] / step;
            if (Math.abs(averaged) >= 1e-3) {
                weights.put(featureNames.get(id), averaged);
            }
        }
        return weights;
    }

    private void update(double[] w, double[] total, int[] features, int sign, long step, int minCount) {
        for (int id : features) {
            if (featureCounts.get(id) >= minCount) {
                w[id] += sign;
                total[id] += sign * step;
            }
        }
    }

    private static int best(double[] w, int[][] x) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            double s = 0;
            for (int id : x[i]) {
                s += w[id];
            }
            if (s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        return best;
    }

    /** Of this trainer's examples, how many the given weights rank right, against the rules' choice. */
    public String accuracy(Map<String, Double> weights, double margin) {
        long right = 0;
        long ruleRight = 0;
        for (int i = 0; i < examples.size(); i++) {
            int[][] x = examples.get(i);
            double[] scores = new double[x.length];
            for (int o = 0; o < x.length; o++) {
                for (int id : x[o]) {
                    scores[o] += weights.getOrDefault(featureNames.get(id), 0.0);
                }
            }
            int best = SpanModel.best(scores, ruleChoices.get(i), margin);
            right += best == answers.get(i) ? 1 : 0;
            if (System.getProperty("examples") != null && best != ruleChoices.get(i)) {
                List<String> texts = optionTexts.get(i);
                System.err.println((best == answers.get(i) ? "FIXED " : ruleChoices.get(i).equals(answers.get(i)) ? "BROKE " : "WRONG ")
                        + "rules [" + texts.get(ruleChoices.get(i)) + "] model [" + texts.get(best) + "] gold [" + texts.get(answers.get(i)) + "]");
            }
            ruleRight += ruleChoices.get(i).equals(answers.get(i)) ? 1 : 0;
        }
        return String.format(Locale.ROOT, "model right %d, rules right %d, of %d", right, ruleRight, examples.size());
    }

    public static void write(Map<String, Double> weights, double margin, String comment, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# " + comment + "\n");
            out.write(SpanModel.MARGIN_KEY + "\t" + margin + "\n");
            for (Map.Entry<String, Double> e : weights.entrySet()) {
                out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()) + "\n");
            }
        }
    }
}
