package org.echotrace.bench.eval;

import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echotrace.domain.Span;
import org.echotrace.nlp.attribution.CueModelTrainer;
import org.echotrace.nlp.parse.Parser;

/**
 * Learns the cue model the attribution finder ships with ({@code nlp/src/main/resources/org/echotrace/nlp/
 * cue-model.tsv}) from a PolNeAR folder (its training part) and the parses of its texts (from the parse
 * cache; texts not yet parsed are parsed first, or skipped with {@code --cached-only}).
 * {@code --first N} takes the first N articles of the fixed shuffle nlp's {@code ParseFolders} parses in
 * (the shipped model's sample, as many as were parsed when it was built). {@code --hold-out K} leaves out the articles in the hold-out fold ({@link #heldOut}), to choose settings on
 * them with {@code PolnearEvaluation}'s matching fold.
 *
 * <pre>java -cp ... org.echotrace.bench.eval.CueModelBuilder TRAIN_DIR OUT.tsv [--threshold P] [--first N] [--hold-out K] [--cached-only]</pre>
 */
public final class CueModelBuilder {

    /**
     * The probability above which a word is a cue. Chosen on a quarter of the 560 train articles held out
     * ({@code --hold-out 4}), with the model learnt from the rest (docs/evaluation.md), by the sum of cue exact,
     * source exact and content overlap F1: from 0.25 to 0.5 cue precision rises and recall falls; with the
     * fallback shapes below giving back content recall, 0.35 scored best.
     */
    static final double THRESHOLD = 0.35;
    /**
     * The probabilities of the shapes that need another than {@link #THRESHOLD} (SemgrexRules' names), chosen
     * shape by shape on the same hold-out, from 0.25 to 0.6: the fallback shapes, which read any grammar, want a
     * surer word, and so do the two shapes that most often fit what no annotator marked. {@code --threshold}
     * leaves them out.
     */
    static final Map<String, Double> SHAPE_THRESHOLDS = Map.of("cue-rest", 0.4, "subject-cue-rest", 0.55,
            "passive-agent", 0.5, "subject-cue-complement", 0.5, "parenthetical", 0.5);
    static final int EPOCHS = 6;
    static final int MIN_COUNT = 3;
    static final double LEARNING_RATE = 0.1;
    static final double L2 = 1e-4;
    /** Weights smaller than this are not written: they hardly move a score and would triple the file. */
    static final double MIN_WEIGHT = 0.05;

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CueModelBuilder POLNEAR_TRAIN_DIR OUT.tsv [--threshold P] [--first N] [--hold-out K] [--cached-only]");
            System.exit(2);
        }
        double threshold = THRESHOLD;
        Map<String, Double> shapeThresholds = SHAPE_THRESHOLDS;
        int holdOut = 0;
        int first = 0;
        boolean cachedOnly = false;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--threshold" -> {
                    threshold = Double.parseDouble(args[++i]);
                    shapeThresholds = Map.of();
                }
                case "--hold-out" -> holdOut = Integer.parseInt(args[++i]);
                case "--cached-only" -> cachedOnly = true;
                case "--first" -> first = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path folder = Path.of(args[0]);
        Parser parser = Parser.cachedInDefaultPlace();
        CueModelTrainer trainer = new CueModelTrainer();
        int articles = 0;
        Map<String, List<Path>> annotations = PolnearEvaluation.annotationsByArticle(folder.resolve("attributions"));
        List<String> names = new ArrayList<>(annotations.keySet());
        if (first > 0) {
            names = inParseOrder(names).subList(0, Math.min(first, names.size()));
        }
        for (String name : names) {
            Map.Entry<String, List<Path>> article = Map.entry(name, annotations.get(name));
            if (heldOut(article.getKey(), holdOut)) {
                continue;
            }
            String text = Files.readString(folder.resolve("text").resolve(article.getKey() + ".txt"), StandardCharsets.UTF_8);
            Optional<Annotation> parse = cachedOnly ? parser.cachedParse(text) : Optional.of(parser.parse(text, null));
            if (parse.isEmpty()) {
                continue;
            }
            List<Span> cues = new ArrayList<>();
            for (Path ann : article.getValue()) {
                BratAttributions.read(ann).of(BratAttributions.Role.CUE).forEach(cues::addAll);
            }
            trainer.add(text, parse.get(), cues);
            articles++;
        }
        Map<String, Double> weights = trainer.train(EPOCHS, MIN_COUNT, LEARNING_RATE, L2, MIN_WEIGHT);
        String comment = String.format("learnt by bench CueModelBuilder from %d PolNeAR train articles: %d words, %d cue heads; %d features",
                articles, trainer.examples(), trainer.positives(), weights.size());
        CueModelTrainer.write(weights, threshold, shapeThresholds, comment, Path.of(args[1]));
        System.err.println(comment);
    }

    /** Article names in the order nlp's ParseFolders parses a folder in, so that a partly parsed train is this sample. */
    static List<String> inParseOrder(java.util.Collection<String> articles) {
        List<String> names = new ArrayList<>(new java.util.TreeSet<>(articles));
        Collections.shuffle(names, new Random(1));
        return names;
    }

    /** Whether an article is in the hold-out fold: one in K by a hash of its name (0: none). */
    static boolean heldOut(String article, int folds) {
        return folds > 0 && Math.floorMod(article.hashCode(), folds) == 0;
    }
}
