package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.echotrace.domain.Span;
import org.echotrace.nlp.parse.ParsedSentence;
import org.echotrace.nlp.parse.Parser;

/**
 * Developer tool, not a test: why gold cues are missed (first annotator of each cached article): a predicted
 * cue overlaps it (boundary), the model judged its head a cue but no shape fitted, or the model did not.
 * {@code MissedCues FOLDER MODEL.tsv [K]} (K: only the held-out fold; {@code -Darticles=FILE}: only those); {@code -Dlexicon=1} judges cues by the
 * lexicon instead, {@code -Dsources=1} also prints predicted sources that only overlap a gold one, {@code -Dshow=REASON} the
 * sentences of the gold cues missed for that reason, {@code -Dspurious=SHAPE} the spurious attributions read with a shape.
 */
public final class MissedCues {
    public static void main(String[] args) throws Exception {
        ToolArguments arguments = ToolArguments.of(args);
        Parser parser = Parser.cachedInDefaultPlace();
        AttributionFinder finder = new AttributionFinder(CueLexicon.bundled(), System.getProperty("lexicon") != null ? null : arguments.model());
        Map<String, Map<String, Integer>> byReason = new HashMap<>();
        Map<String, Integer> spurious = new HashMap<>();
        Map<String, Integer> spuriousWords = new HashMap<>();
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
            List<Candidate> found = finder.candidates(text, parse.get());
            List<Span> predicted = found.stream().map(c -> c.cue().span()).toList();
            List<Span> gold = new java.util.ArrayList<>();
            List<Span> goldSources = new java.util.ArrayList<>();
            for (String line : Files.readAllLines(ann)) {
                String[] f = line.split("\t");
                if (f.length > 1 && f[1].startsWith("Cue ")) {
                    gold.add(org.echotrace.bench.eval.BratAttributionsAccess.fragments(f[1].substring(4)).get(0));
                }
                if (f.length > 1 && f[1].startsWith("Source ")) {
                    goldSources.add(org.echotrace.bench.eval.BratAttributionsAccess.fragments(f[1].substring(7)).get(0));
                }
            }
            for (Candidate c : found) {
                if (c.source() != null && System.getProperty("sources") != null && !goldSources.contains(c.source().span())) {
                    goldSources.stream().filter(g -> g.overlaps(c.source().span())).findFirst().ifPresent(g ->
                            System.out.println("SRC [" + c.source().text() + "] gold [" + text.substring(g.start(), g.end())
                                    + "] " + c.shape()));
                }
            }
            for (Span g : gold) {
                if (predicted.contains(g)) {
                    continue;
                }
                String reason;
                String key = text.substring(g.start(), g.end()).toLowerCase();
                if (predicted.stream().anyMatch(p -> p.overlaps(g))) {
                    reason = "boundary";
                } else {
                    reason = "unjudged";
                    for (CoreMap s : parse.get().get(CoreAnnotations.SentencesAnnotation.class)) {
                        ParsedSentence sentence = ParsedSentence.of(s);
                        if (sentence.parsed() && g.start() >= sentence.start() && g.end() <= sentence.end()) {
                            int head = CueModelTrainer.headOf(sentence, g);
                            if (head > 0) {
                                key = sentence.token(head).lemma() + "/" + sentence.token(head).tag();
                                reason = arguments.model().isCue(sentence, sentence.graph().getNodeByIndex(head)) ? "judged-no-shape" : "unjudged";
                                if (reason.equals(System.getProperty("show"))) {
                                    System.out.println("SHOW " + reason + " [" + text.substring(g.start(), g.end()) + "] p="
                                            + String.format("%.2f", arguments.model().probability(sentence, head)) + " " + grammarOf(sentence, head) + " | "
                                            + text.substring(sentence.start(), sentence.end()).replace('\n', ' '));
                                }
                            }
                        }
                    }
                    if (org.echotrace.nlp.attribution.QuoteFinder.enclosing(QuoteFinder.find(text),
                            org.echotrace.domain.TextSpan.of(text, g.start(), g.end())) != null) {
                        reason = "in-quote";
                    }
                }
                byReason.computeIfAbsent(reason, k -> new HashMap<>()).merge(key, 1, Integer::sum);
            }
            for (Candidate c : found) {
                if (!gold.contains(c.cue().span())) {
                    gold.stream().filter(g -> g.overlaps(c.cue().span())).findFirst().ifPresent(g ->
                            System.out.println("CUE [" + c.cue().text() + "] gold [" + text.substring(g.start(), g.end()) + "]"));
                }
                if (gold.stream().noneMatch(g -> g.overlaps(c.cue().span()))) {
                    spurious.merge(c.shape(), 1, Integer::sum);
                    spuriousWords.merge(c.cue().text().toLowerCase(), 1, Integer::sum);
                    if (c.shape().equals(System.getProperty("spurious"))) {
                        System.out.println("SPURIOUS " + c.shape() + " [" + c.cue().text() + "] src [" + (c.source() == null ? "" : c.source().text())
                                + "] content [" + c.content().text() + "]");
                    }
                }
            }
        }
        byReason.forEach((reason, counts) -> {
            System.out.println("== " + reason + " " + counts.values().stream().mapToInt(Integer::intValue).sum());
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(40)
                    .forEach(e -> System.out.print(e.getKey() + " " + e.getValue() + "; "));
            System.out.println();
        });
        System.out.println("== spurious by shape " + spurious);
        System.out.println("== spurious by cue " + spuriousWords.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(60).toList());
    }

    /** The word's relation and its dependents' relations: the grammar a shape would have to fit. */
    static String grammarOf(ParsedSentence sentence, int index) {
        var node = sentence.graph().getNodeByIndex(index);
        StringBuilder grammar = new StringBuilder(sentence.relation(node)).append(" <");
        sentence.graph().outgoingEdgeList(node).forEach(e -> grammar.append(' ').append(e.getRelation()));
        return grammar.append(" >").toString();
    }
}
