package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echotrace.domain.TextSpan;
import org.echotrace.nlp.BundledResources;
import org.echotrace.nlp.parse.ParsedSentence;

/**
 * Chooses an attribution's source span among the phrases around its cue ({@link SourceOptions}): a linear
 * ranking model, learnt by {@link SpanModelTrainer} from PolNeAR train (bench's {@code SpanModelBuilder},
 * docs/evaluation.md) and shipped as the resource {@code span-model.tsv}. The rules' choice is one option and
 * a strong feature, so the model moves a source only where train's annotators usually marked another phrase
 * for the same reading of the parse.
 */
final class SpanModel {

    static final String RESOURCE = "span-model.tsv";
    /** The header line with how far another option must outscore the rules' choice to replace it. */
    static final String MARGIN_KEY = "#margin";

    private final Map<String, Double> weights;
    private final double margin;

    SpanModel(Map<String, Double> weights, double margin) {
        this.weights = Map.copyOf(weights);
        this.margin = margin;
    }

    static SpanModel bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final SpanModel BUNDLED = BundledResources.read(RESOURCE, SpanModel::parse);
    }

    static SpanModel read(java.nio.file.Path file) throws IOException {
        try (BufferedReader reader = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        }
    }

    /** Lines {@code feature<TAB>weight} and one {@code #margin<TAB>m}; other {@code #} lines are comments. */
    static SpanModel parse(BufferedReader reader) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        double margin = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] f = line.split("\t");
            if (line.startsWith(MARGIN_KEY + "\t")) {
                margin = Double.parseDouble(f[1]);
            } else if (!line.startsWith("#") && f.length == 2) {
                weights.put(f[0], Double.parseDouble(f[1]));
            }
        }
        return new SpanModel(weights, margin);
    }

    double score(Set<String> features) {
        double z = 0;
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return z;
    }

    /**
     * The index of the best-scored option, unless it outscores the rules' choice ({@code rule}, -1 if none is an
     * option) by less than the margin: the rules' reading stands where the model is not clearly surer.
     */
    static int best(double[] scores, int rule, double margin) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return rule >= 0 && scores[best] - scores[rule] < margin ? rule : best;
    }

    /** The candidate with the source the model prefers (its kind and number read from the new phrase). */
    Candidate refine(String text, List<TextSpan> quotes, ParsedSentence sentence, Candidate candidate) {
        if (weights.isEmpty() || candidate.source() == null) {
            // no model learnt, or no source read: adding one would add as many to cues no annotator marked (a
            // quarter of them) as it finds (measured on train's hold-out quarter, docs/evaluation.md)
            return candidate;
        }
        List<SourceOptions.Option> options = SourceOptions.of(text, quotes, sentence, candidate);
        double[] scores = new double[options.size()];
        int rule = -1;
        for (int i = 0; i < options.size(); i++) {
            scores[i] = score(options.get(i).features());
            rule = java.util.Objects.equals(options.get(i).span(), candidate.source()) ? i : rule;
        }
        SourceOptions.Option chosen = options.get(best(scores, rule, margin));
        if (java.util.Objects.equals(chosen.span(), candidate.source())) {
            return candidate;
        }
        if (chosen.span() == null) {
            return candidate.withSource(null, null, false, null);
        }
        List<CoreLabel> tokens = sentence.tokens().stream()
                .filter(t -> t.beginPosition() >= chosen.span().start() && t.endPosition() <= chosen.span().end()).toList();
        CoreLabel head = sentence.token(chosen.head());
        boolean sameHead = candidate.source() != null && SourceOptions.headOf(sentence, candidate.source()) == chosen.head();
        return candidate.withSource(chosen.span(), SourceKindClassifier.classify(tokens, head), head.tag().endsWith("S"),
                sameHead ? candidate.antecedent() : null);
    }
}
