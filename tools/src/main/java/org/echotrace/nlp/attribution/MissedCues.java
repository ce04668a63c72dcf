package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Document;
import org.echotrace.domain.Span;
import org.echotrace.domain.TextSpan;
import org.echotrace.nlp.parse.ParsedSentence;
import org.echotrace.nlp.parse.Parser;

/**
 * Developer tool, not a test: why the gold cues of the first annotator are missed by the finished attributions
 * (after the act filter), bucketed by reason and by head word and its grammar: boundary (a predicted cue overlaps),
 * in a quotation, dropped (a candidate the act filter or the listener rule removed), judged but no shape fitted,
 * unjudged (the model's probability below the threshold), no head (a span the parse cannot head).
 * {@code MissedCues FOLDER MODEL.tsv [K]} ({@link ToolArguments}: K only the held-out fold, {@code -Darticles=FILE}
 * only those). {@code -Dshow=REASON} prints those misses with their sentences; {@code -Dlexicon=1} judges cues by
 * the lexicon instead of the model; {@code -Dsources=1} prints predicted sources that only overlap a gold one;
 * {@code -Dboundaries=1} the predicted cues that only overlap a gold one; {@code -Ddrops=1} every dropped candidate;
 * {@code -Dspurious=SHAPE} the spurious attributions read with that shape. Always printed: the predicted cues no
 * gold cue touches, by word and by shape.
 */
public final class MissedCues {

    public static void main(String[] args) throws Exception {
        ToolArguments arguments = ToolArguments.of(args);
        Parser parser = Parser.cachedInDefaultPlace();
        AttributionFinder finder = new AttributionFinder(CueLexicon.bundled(),
                System.getProperty("lexicon") != null ? null : arguments.model());
        Map<String, Map<String, Integer>> byReason = new TreeMap<>();
        Map<String, Integer> spurious = new HashMap<>();
        Map<String, Integer> spuriousShapes = new HashMap<>();
        Map<String, int[]> droppedWords = new HashMap<>();
        String show = System.getProperty("show", "");
        int articles = 0;
        int goldCount = 0;
        List<Path> anns;
        try (Stream<Path> s = Files.list(arguments.folder().resolve("attributions"))) {
            anns = s.sorted().toList();
        }
        String previous = "";
        for (Path ann : anns) {
            String name = ann.getFileName().toString();
            String article = name.substring(0, name.lastIndexOf('_'));
            if (article.equals(previous) || !arguments.includes(article)) {
                continue;
            }
            previous = article;
            String text = Files.readString(arguments.folder().resolve("text").resolve(article + ".txt"), StandardCharsets.UTF_8);
            Optional<Annotation> parse = parser.cachedParse(text);
            if (parse.isEmpty()) {
                continue;
            }
            articles++;
            List<Attribution> found = finder.find(Document.of(article, text), parse.get());
            List<Span> predicted = found.stream().map(a -> a.cue().span()).toList();
            List<Candidate> read = finder.candidates(text, parse.get());
            List<Span> candidates = read.stream().map(c -> c.cue().span()).toList();
            List<Span> gold = goldSpans(ann, "Cue ");
            if (System.getProperty("sources") != null) {
                printOverlaps("SRC", text, read.stream().filter(c -> c.source() != null).map(c -> c.source().span())
                        .toList(), goldSpans(ann, "Source "));
            }
            if (System.getProperty("boundaries") != null) {
                printOverlaps("CUE", text, predicted, gold);
            }
            goldCount += gold.size();
            List<TextSpan> quotes = QuoteFinder.find(text);
            for (Span g : gold) {
                if (predicted.contains(g)) {
                    continue;
                }
                String reason;
                String key = text.substring(g.start(), g.end()).toLowerCase(java.util.Locale.ROOT);
                String grammar = "";
                if (predicted.stream().anyMatch(p -> p.overlaps(g))) {
                    reason = "boundary";
                } else if (candidates.stream().anyMatch(p -> p.overlaps(g))) {
                    reason = "dropped";
                } else if (QuoteFinder.enclosing(quotes, TextSpan.of(text, g.start(), g.end())) != null) {
                    reason = "in-quote";
                } else {
                    reason = "no-head";
                    for (CoreMap s : parse.get().get(CoreAnnotations.SentencesAnnotation.class)) {
                        ParsedSentence sentence = ParsedSentence.of(s);
                        if (!sentence.parsed() || g.start() < sentence.start() || g.end() > sentence.end()) {
                            continue;
                        }
                        int head = CueModelTrainer.headOf(sentence, g);
                        if (head <= 0) {
                            continue;
                        }
                        var node = sentence.graph().getNodeByIndexSafe(head);
                        if (node == null) {
                            continue;
                        }
                        double p = arguments.model().probability(sentence, head);
                        reason = arguments.model().isCue(sentence, node) ? "judged-no-shape" : p >= 0.2 ? "unjudged-near" : "unjudged";
                        key = sentence.token(head).lemma().toLowerCase(java.util.Locale.ROOT) + "/" + sentence.token(head).tag()
                                + "/" + sentence.relation(node);
                        grammar = String.format("p=%.2f %s | %s", p, grammarOf(sentence, head),
                                text.substring(sentence.start(), sentence.end()).replace('\n', ' '));
                    }
                }
                byReason.computeIfAbsent(reason, k -> new HashMap<>()).merge(key, 1, Integer::sum);
                if (reason.equals(show)) {
                    System.out.println("SHOW " + reason + " [" + text.substring(g.start(), g.end()) + "] " + key + " " + grammar);
                }
            }
            for (Candidate c : read) {
                if (predicted.contains(c.cue().span())) {
                    continue;
                }
                boolean hit = gold.stream().anyMatch(g -> g.overlaps(c.cue().span()));
                String key = c.cue().text().toLowerCase(java.util.Locale.ROOT);
                droppedWords.computeIfAbsent(key, k -> new int[2])[hit ? 0 : 1]++;
                if (System.getProperty("drops") != null) {
                    System.out.println("DROP " + (hit ? "gold " : "none ") + CueActs.bundled().of(parse.get(), c.cue(), c.content()) + " " + c.shape() + " [" + c.cue().text() + "] src ["
                            + (c.source() == null ? "" : c.source().text()) + "] content [" + c.content().text().replace('\n', ' ') + "]");
                }
            }
            for (Attribution a : found) {
                if (gold.stream().noneMatch(g -> g.overlaps(a.cue().span()))) {
                    spurious.merge(a.cue().text().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                }
            }
            for (Candidate c : read) {
                if (predicted.contains(c.cue().span()) && gold.stream().noneMatch(g -> g.overlaps(c.cue().span()))) {
                    spuriousShapes.merge(c.shape(), 1, Integer::sum);
                    if (c.shape().equals(System.getProperty("spurious"))) {
                        System.out.println("SPURIOUS " + c.shape() + " [" + c.cue().text() + "] src ["
                                + (c.source() == null ? "" : c.source().text()) + "] content [" + c.content().text() + "]");
                    }
                }
            }
        }
        System.out.println(articles + " articles, " + goldCount + " gold cues");
        byReason.forEach((reason, counts) -> {
            System.out.println("== " + reason + " " + counts.values().stream().mapToInt(Integer::intValue).sum());
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(70)
                    .forEach(e -> System.out.print(e.getKey() + " " + e.getValue() + "; "));
            System.out.println();
        });
        System.out.println("== candidates dropped (touching gold / not): " + droppedWords.values().stream().mapToInt(v -> v[0]).sum()
                + " / " + droppedWords.values().stream().mapToInt(v -> v[1]).sum());
        droppedWords.entrySet().stream().sorted((a, b) -> b.getValue()[0] + b.getValue()[1] - a.getValue()[0] - a.getValue()[1])
                .limit(120).forEach(e -> System.out.print(e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1] + "; "));
        System.out.println();
        System.out.println("== spurious " + spurious.values().stream().mapToInt(Integer::intValue).sum() + " "
                + spurious.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(60).toList());
        System.out.println("== spurious by shape " + spuriousShapes);
    }

    /** The first fragment of each gold annotation of one kind ("Cue ", "Source "). */
    static List<Span> goldSpans(Path ann, String kind) throws java.io.IOException {
        List<Span> gold = new ArrayList<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length > 1 && f[1].startsWith(kind)) {
                gold.add(org.echotrace.bench.eval.BratAttributionsAccess.fragments(f[1].substring(kind.length())).get(0));
            }
        }
        return gold;
    }

    /** Predicted spans that overlap a gold span without being it, with the gold span. */
    private static void printOverlaps(String label, String text, List<Span> predicted, List<Span> gold) {
        for (Span p : predicted) {
            if (!gold.contains(p)) {
                gold.stream().filter(g -> g.overlaps(p)).findFirst().ifPresent(g -> System.out.println(label + " ["
                        + text.substring(p.start(), p.end()) + "] gold [" + text.substring(g.start(), g.end()) + "]"));
            }
        }
    }

    /** The word's relation and its dependents' relations: the grammar a shape would have to fit. */
    static String grammarOf(ParsedSentence sentence, int index) {
        var node = sentence.graph().getNodeByIndex(index);
        StringBuilder grammar = new StringBuilder(sentence.relation(node)).append(" <");
        sentence.graph().outgoingEdgeList(node).forEach(e -> grammar.append(' ').append(e.getRelation()));
        return grammar.append(" >").toString();
    }
}
