package org.echotrace.bench.eval;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.echotrace.domain.Span;
import org.echotrace.domain.TextSpan;
import org.echotrace.nlp.attribution.CueLexicon;
import org.echotrace.nlp.attribution.QuoteFinder;

/**
 * Learns the cue lexicon the attribution finder ships with ({@code nlp/src/main/resources/org/echotrace/nlp/
 * cue-lexicon.tsv}) from a PolNeAR folder (its training part): for every word stem ({@link CueLexicon#keyOf})
 * and every word form ({@link CueLexicon#formKeyOf}), how many annotated cues contain it (averaged over an
 * article's annotators) and how often it occurs at all, both counted outside quotations only (a cue inside a
 * quotation is the quoted speaker's business, and the finder reads none there). Tokenising is enough (no
 * parse), so the whole training set is read in seconds.
 *
 * <pre>java -cp ... org.echotrace.bench.eval.CueLexiconBuilder /work/shared/data/polnear/train OUT.tsv</pre>
 */
public final class CueLexiconBuilder {

    /** Keys in fewer cues than this are left out of the file (the finder sets its own floor). */
    private static final double KEEP_CUES = 2;

    private final Map<String, Double> cues = new HashMap<>();
    private final Map<String, Integer> occurrences = new HashMap<>();

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CueLexiconBuilder POLNEAR_TRAIN_DIR OUT.tsv");
            System.exit(2);
        }
        CueLexiconBuilder builder = new CueLexiconBuilder();
        builder.learn(Path.of(args[0]));
        builder.write(Path.of(args[1]));
    }

    void learn(Path folder) throws IOException {
        Map<String, List<Path>> byArticle = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder.resolve("attributions"))) {
            files.filter(p -> p.toString().endsWith(".ann")).sorted().forEach(p -> {
                String name = p.getFileName().toString();
                byArticle.computeIfAbsent(name.substring(0, name.lastIndexOf('_')), k -> new ArrayList<>()).add(p);
            });
        }
        for (Map.Entry<String, List<Path>> article : byArticle.entrySet()) {
            Path text = folder.resolve("text").resolve(article.getKey() + ".txt");
            if (Files.isRegularFile(text)) {
                learnArticle(Files.readString(text, StandardCharsets.UTF_8), article.getValue());
            }
        }
    }

    private void learnArticle(String text, List<Path> annotations) throws IOException {
        // words inside quotations are left out on both sides: the finder never reads a cue there
        List<TextSpan> quotes = QuoteFinder.find(text);
        List<CoreLabel> tokens = tokenize(text).stream()
                .filter(t -> QuoteFinder.enclosing(quotes, TextSpan.of(text, t.beginPosition(), t.endPosition())) == null)
                .toList();
        for (CoreLabel token : tokens) {
            for (String key : keys(token)) {
                occurrences.merge(key, 1, Integer::sum);
            }
        }
        double weight = 1.0 / annotations.size();
        for (Path ann : annotations) {
            for (List<Span> cue : BratAttributions.read(ann).of(BratAttributions.Role.CUE)) {
                // a key counts once per cue: "said, said" is one cue
                Set<String> stems = new HashSet<>();
                for (CoreLabel token : tokens) {
                    if (cue.stream().anyMatch(s -> s.start() <= token.beginPosition() && token.endPosition() <= s.end())) {
                        stems.addAll(keys(token));
                    }
                }
                stems.forEach(stem -> cues.merge(stem, weight, Double::sum));
            }
        }
    }

    /** A word counts under its stem ("say") and under its own form ("=said"; see {@link CueLexicon}). */
    private static List<String> keys(CoreLabel token) {
        return List.of(CueLexicon.keyOf(token.word()), CueLexicon.formKeyOf(token.word()));
    }

    private static List<CoreLabel> tokenize(String text) {
        return new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(),
                "invertible=true,splitHyphenated=false").tokenize();
    }

    void write(Path out) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("# stem or =form\tcues\toccurrences -- learnt from PolNeAR train by "
                    + "org.echotrace.bench.eval.CueLexiconBuilder (see docs/evaluation.md)");
            cues.entrySet().stream()
                    .filter(e -> e.getValue() >= KEEP_CUES)
                    .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> w.printf(Locale.ROOT, "%s\t%.2f\t%d%n", e.getKey(), e.getValue(),
                            occurrences.getOrDefault(e.getKey(), 0)));
        }
    }
}
