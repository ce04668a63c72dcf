package org.echotrace.bench.eval;

import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echotrace.domain.Span;
import org.echotrace.nlp.parse.Parser;
import org.echotrace.nlp.attribution.SpanModelTrainer;

/**
 * Learns the source span model the attribution finder ships with ({@code nlp/src/main/resources/org/echotrace/nlp/
 * span-model.tsv}) from a PolNeAR folder's gold attributions and the parses of its texts (parsed first where the
 * cache lacks them, or skipped with {@code --cached-only}). {@code --first N} takes the first N articles of the
 * fixed shuffle nlp's {@code ParseFolders} parses in (the cue model's sample, train's seen part); {@code --hold-out K}
 * leaves out the hold-out fold of {@link CueModelBuilder#heldOut} and reports how many of its examples the model
 * and the rules rank right.
 *
 * <pre>java -cp ... org.echotrace.bench.eval.SpanModelBuilder TRAIN_DIR OUT.tsv [--first N] [--hold-out K] [--epochs E] [--min-count C] [--margin M] [--cached-only]</pre>
 */
public final class SpanModelBuilder {

    /** Passes over the examples; chosen on the seen part's hold-out quarter (docs/evaluation.md). */
    static final int EPOCHS = 5;
    /** Features seen fewer times are not learnt. */
    static final int MIN_COUNT = 3;
    /**
     * How far an option must outscore the rules' choice to replace it: held-out accuracy was flat from 1 to 8
     * (seen part's hold-out quarter, docs/evaluation.md); 2 lies inside.
     */
    static final double MARGIN = 2;

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SpanModelBuilder POLNEAR_TRAIN_DIR OUT.tsv [--first N] [--hold-out K] [--epochs E] [--min-count C] [--margin M] [--cached-only]");
            System.exit(2);
        }
        int holdOut = 0;
        int first = 0;
        int epochs = EPOCHS;
        int minCount = MIN_COUNT;
        double margin = MARGIN;
        boolean cachedOnly = false;
        boolean grid = false;
        Path articleList = null;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--hold-out" -> holdOut = Integer.parseInt(args[++i]);
                case "--first" -> first = Integer.parseInt(args[++i]);
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--min-count" -> minCount = Integer.parseInt(args[++i]);
                case "--margin" -> margin = Double.parseDouble(args[++i]);
                case "--cached-only" -> cachedOnly = true;
                case "--articles" -> articleList = Path.of(args[++i]);
                case "--grid" -> grid = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path folder = Path.of(args[0]);
        Parser parser = Parser.cachedInDefaultPlace();
        SpanModelTrainer learnt = new SpanModelTrainer();
        SpanModelTrainer heldOut = new SpanModelTrainer();
        Map<String, List<Path>> annotations = PolnearEvaluation.annotationsByArticle(folder.resolve("attributions"));
        List<String> names = new ArrayList<>(annotations.keySet());
        if (first > 0) {
            names = CueModelBuilder.inParseOrder(names).subList(0, Math.min(first, names.size()));
        }
        if (articleList != null && Files.exists(articleList)) {
            names.retainAll(Files.readAllLines(articleList));
        }
        List<String> used = new ArrayList<>();
        int articles = 0;
        for (String name : names) {
            String text = Files.readString(folder.resolve("text").resolve(name + ".txt"), StandardCharsets.UTF_8);
            Optional<Annotation> parse = cachedOnly ? parser.cachedParse(text) : Optional.of(parser.parse(text, null));
            if (parse.isEmpty()) {
                continue;
            }
            List<List<SpanModelTrainer.Gold>> golds = new ArrayList<>();
            for (Path ann : annotations.get(name)) {
                golds.add(attributions(ann));
            }
            (CueModelBuilder.heldOut(name, holdOut) ? heldOut : learnt).add(text, parse.get(), golds);
            used.add(name);
            articles++;
        }
        if (articleList != null && !Files.exists(articleList)) {
            Files.write(articleList, used); // later runs compare on the same articles while more parses arrive
        }
        if (grid) {
            searchSettings(learnt, heldOut);
            return;
        }
        Map<String, Double> weights = learnt.train(epochs, minCount);
        String comment = String.format("learnt by bench SpanModelBuilder from %d PolNeAR train articles%s, %d epochs: %s; %d features",
                articles, holdOut > 0 ? " (less the hold-out fold of " + holdOut + ")" : "", epochs, learnt.counts(), weights.size());
        SpanModelTrainer.write(weights, margin, comment, Path.of(args[1]));
        System.err.println(comment);
        System.err.println("learnt examples: " + learnt.accuracy(weights, margin));
        if (holdOut > 0) {
            System.err.println("held-out examples: " + heldOut.accuracy(weights, margin) + "; " + heldOut.counts());
            for (double m : new double[] {0, 0.5, 1, 2, 3, 5, 8}) {
                System.err.println("  margin " + m + ": " + heldOut.accuracy(weights, m));
            }
            System.err.print(heldOut.ruleErrors());
        } else {
            System.err.print(learnt.ruleErrors());
        }
    }

    /** Held-out accuracy for epochs, feature floors and margins around the defaults (a tuning aid). */
    private static void searchSettings(SpanModelTrainer learnt, SpanModelTrainer heldOut) {
        for (int epochs : new int[] {1, 3, 5, 10}) {
            for (int minCount : new int[] {1, 3, 10}) {
                Map<String, Double> weights = learnt.train(epochs, minCount);
                for (double m : new double[] {0, 1, 2, 4, 8, 16}) {
                    System.err.printf("epochs %d, min count %d, margin %.0f: %s%n", epochs, minCount, m, heldOut.accuracy(weights, m));
                }
            }
        }
    }

    /** The attributions of one annotator's file: the Cue, Source and Content its {@code E} lines link. */
    static List<SpanModelTrainer.Gold> attributions(Path ann) throws IOException {
        Map<String, List<Span>> spans = new HashMap<>();
        List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
        for (String line : lines) {
            String[] f = line.split("\t");
            int space = f.length > 1 ? f[1].indexOf(' ') : -1;
            if (f[0].startsWith("T") && space > 0) {
                spans.put(f[0], BratAttributions.fragments(f[1].substring(space + 1)));
            }
        }
        List<SpanModelTrainer.Gold> golds = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (!f[0].startsWith("E") || f.length < 2) {
                continue;
            }
            Map<String, List<Span>> roles = new HashMap<>();
            for (String argument : f[1].split(" ")) {
                String[] kv = argument.split(":");
                if (kv.length == 2 && spans.containsKey(kv[1])) {
                    roles.putIfAbsent(kv[0].replaceAll("\\d+$", ""), spans.get(kv[1]));
                }
            }
            if (roles.containsKey("Cue")) {
                golds.add(new SpanModelTrainer.Gold(roles.get("Cue"), roles.getOrDefault("Source", List.of()),
                        roles.getOrDefault("Content", List.of())));
            }
        }
        return golds;
    }
}
