package org.echotrace.bench.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.echotrace.domain.Span;
import org.echotrace.nlp.CueLexicon;
import org.echotrace.nlp.Parser;

/**
 * Learns the cue lexicon the attribution finder ships with ({@code nlp/src/main/resources/org/echotrace/nlp/
 * cue-lexicon.tsv}) from a PolNeAR folder (its training part): for every lemma and word class, how many
 * annotated cues it heads (averaged over an article's annotators) and how often it occurs at all.
 *
 * <pre>java -cp ... org.echotrace.bench.eval.CueLexiconBuilder /work/shared/data/polnear/train OUT.tsv</pre>
 */
public final class CueLexiconBuilder {

    /** Words heading fewer cues than this are left out of the file (the finder sets its own floor). */
    private static final double KEEP_CUES = 2;

    private final Map<String, Double> cues = new HashMap<>();
    private final Map<String, Integer> occurrences = new HashMap<>();

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CueLexiconBuilder POLNEAR_TRAIN_DIR OUT.tsv [MAX_ARTICLES]");
            System.exit(2);
        }
        CueLexiconBuilder builder = new CueLexiconBuilder();
        builder.learn(Path.of(args[0]), Parser.cachedInDefaultPlace(), args.length > 2 ? Integer.parseInt(args[2]) : 0);
        builder.write(Path.of(args[1]));
    }

    /** @param maxArticles learn from this many articles of a fixed shuffle (0: all) */
    void learn(Path folder, Parser parser, int maxArticles) throws IOException {
        Map<String, List<Path>> byArticle = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder.resolve("attributions"))) {
            files.filter(p -> p.toString().endsWith(".ann")).sorted().forEach(p -> {
                String name = p.getFileName().toString();
                byArticle.computeIfAbsent(name.substring(0, name.lastIndexOf('_')), k -> new ArrayList<>()).add(p);
            });
        }
        List<String> names = new ArrayList<>(byArticle.keySet());
        Collections.shuffle(names, new Random(1));
        if (maxArticles > 0 && names.size() > maxArticles) {
            names = names.subList(0, maxArticles);
        }
        for (String name : names) {
            Map.Entry<String, List<Path>> article = Map.entry(name, byArticle.get(name));
            Path text = folder.resolve("text").resolve(article.getKey() + ".txt");
            if (Files.isRegularFile(text)) {
                learnArticle(parser.parse(Files.readString(text, StandardCharsets.UTF_8), null), article.getValue());
            }
        }
    }

    private void learnArticle(Annotation parse, List<Path> annotations) throws IOException {
        List<CoreMap> sentences = parse.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap sentence : sentences) {
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                occurrences.merge(CueLexicon.keyOf(token), 1, Integer::sum);
            }
        }
        double weight = 1.0 / annotations.size();
        for (Path ann : annotations) {
            for (List<Span> cue : BratAttributions.read(ann).of(BratAttributions.Role.CUE)) {
                CoreLabel head = headOf(sentences, cue.get(0));
                if (head != null) {
                    cues.merge(CueLexicon.keyOf(head), weight, Double::sum);
                }
            }
        }
    }

    /** The token of the span whose governor lies outside it (a verb first, if several do). */
    static CoreLabel headOf(List<CoreMap> sentences, Span span) {
        for (CoreMap sentence : sentences) {
            SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            CoreLabel best = null;
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                if (token.beginPosition() < span.start() || token.endPosition() > span.end()) {
                    continue;
                }
                IndexedWord node = graph == null ? null : graph.getNodeByIndexSafe(token.index());
                IndexedWord parent = node == null || graph.getRoots().contains(node) ? null : graph.getParent(node);
                boolean governedOutside = parent == null
                        || parent.beginPosition() < span.start() || parent.endPosition() > span.end();
                if (governedOutside && (best == null
                        || !CueLexicon.wordClass(best.tag()).equals("V") && CueLexicon.wordClass(token.tag()).equals("V"))) {
                    best = token;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    void write(Path out) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("# lemma\tclass\tcues\toccurrences -- learnt from PolNeAR train by "
                    + "org.echotrace.bench.eval.CueLexiconBuilder (see docs/evaluation.md)");
            cues.entrySet().stream()
                    .filter(e -> e.getValue() >= KEEP_CUES)
                    .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> w.printf(java.util.Locale.ROOT, "%s\t%.2f\t%d%n", e.getKey(), e.getValue(),
                            occurrences.getOrDefault(e.getKey(), 0)));
        }
    }
}
